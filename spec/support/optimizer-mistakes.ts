// The optimizer a spec of 15–22 tests, and the known mistakes its positions give away, in words
// (spec/support/optimizers.ts runs the cases; which mistakes a value gives away the generator decides).
import { josa, } from './i18n';
import type { Mistake } from './mistakes';
import { matchesModel } from './nested';
import { type OptimizerCase, type OptimizerMistake, type OptimizerSlip, optimizerCases, optimizerDefaults } from './generated/optimizer-cases';

export interface Bilingual {
  en: string;
  ko: string;
}

/** The Optimizer interface of exercise 15, as the specs see it (support never imports the code under test). */
export interface Stepper {
  step(params: readonly number[], grads: readonly number[]): number[];
}

/** The optimizer a spec tests, and the words its messages need. */
export interface OptimizerUnderTest {
  /** The class name, e.g. 'Adam'. */
  name: string;
  /** A fresh instance with exactly these options. */
  make(options: Readonly<Record<string, number>>): Stepper;
  /** What it remembers between calls, e.g. { en: 'the velocity b', ko: '속도 b' }; none for SGD. */
  state?: Bilingual;
  /** For the optimizers with ε: its default and where PyTorch puts it, e.g. 'outside the square root'. */
  eps?: { default: number; where: Bilingual; root: string };
}

/** The classic comparison: f(x, y) = x²/20 + y², a long shallow valley, from (−7, 2). */
export const valley = {
  name: 'f(x, y) = x²/20 + y²',
  start: [-7, 2] as const,
  /** ∇f = (x / 10, 2y). */
  gradient: (p: readonly number[]): number[] => [p[0]! / 10, 2 * p[1]!],
};

// ---------------------------------------------------------------------------------------------
// The known mistakes, in words. Which ones a value gives away is decided by the generator.
// ---------------------------------------------------------------------------------------------
const catalogue: Record<OptimizerSlip, (o: OptimizerUnderTest) => Bilingual> = {
  ascent: () => ({
    en: 'the parameters moved uphill, with the gradient instead of against it: subtract the update (θ − lr·…), do not add it.',
    ko: '파라미터가 기울기 반대쪽이 아니라 기울기 쪽(오르막)으로 움직였습니다. 갱신량을 더하지 말고 빼세요 (θ − lr·…).',
  }),
  notKept: (o) => ({
    en: `every call behaves like the first one: ${o.state?.en ?? 'the state'} ${/ and /.test(o.state?.en ?? '') ? 'are' : 'is'} not kept between calls to step, or kept but not used by the step. Keep it in a field of the instance (this.…), update it there instead of starting afresh in each call, and take the step with the updated value.`,
    ko: `매번 첫 호출처럼 동작합니다. ${josa(o.state?.ko ?? '상태', '이/가')} step 호출 사이에 유지되지 않거나, 유지되지만 step이 쓰지 않습니다. 인스턴스의 필드(this.…)에 두고 그곳을 갱신하세요(호출마다 새로 시작하지 말고). 그리고 갱신한 값으로 이동하세요.`,
  }),
  lrTwice: (o) => ({
    en: `lr is applied twice (the step is lr · lr · … instead of lr · …). Multiply by lr once, when you update θ${o.state ? '; in PyTorch\'s rule the velocity b collects plain gradients, not lr·g' : ': θ ← θ − lr·g'}.`,
    ko: `lr을 두 번 곱했습니다 (lr · … 대신 lr · lr · …). lr은 θ를 갱신할 때 한 번만 곱하세요${o.state ? '. PyTorch 규칙에서 속도 b에는 lr·g가 아니라 기울기 그대로 쌓입니다' : ': θ ← θ − lr·g'}.`,
  }),
  updateTimesLr: () => ({
    en: 'lr is applied twice: the whole update was multiplied by lr once more (lr · lr · … instead of lr · …). Multiply by lr once, in the step θ ← θ − lr · ….',
    ko: 'lr을 두 번 곱했습니다. 갱신량 전체에 lr을 한 번 더 곱했습니다 (lr · … 대신 lr · lr · …). lr은 θ ← θ − lr · … 단계에서 한 번만 곱하세요.',
  }),
  dampeningAtStep1: () => ({
    en: 'dampening was applied on the first step: PyTorch starts the velocity as a plain copy of the gradient, b₁ = g₁, and uses b ← μ·b + (1 − τ)·g only from the second step on.',
    ko: '첫 단계에 감쇠(dampening)를 적용했습니다. PyTorch는 속도를 기울기 그대로 b₁ = g₁ 로 시작하고, b ← μ·b + (1 − τ)·g 는 두 번째 단계부터 씁니다.',
  }),
  dampeningIgnored: () => ({
    en: 'the dampening option is ignored: from the second step on, b ← μ·b + (1 − τ)·g with τ = dampening.',
    ko: 'dampening 옵션이 무시되었습니다. 두 번째 단계부터 b ← μ·b + (1 − τ)·g 이고, τ가 dampening입니다.',
  }),
  oldVelocity: () => ({
    en: 'your steps match Nesterov taken with the velocity from before this step\'s update, which is plain Momentum (with the old b, g + μ·b is the new b, so the step is θ − lr·b): the look-ahead is missing. Update b ← μ·b + g first, then step θ ← θ − lr·(g + μ·b) with that new b.',
    ko: '이동이 이번 단계에서 갱신하기 전의 속도로 계산한 네스테로프와 같습니다. 이것은 그냥 모멘텀입니다 (이전 b로 계산한 g + μ·b는 새 b이므로 이동이 θ − lr·b): 미리 보기가 빠졌습니다. 먼저 b ← μ·b + g 로 갱신하고, 그 새 b로 θ ← θ − lr·(g + μ·b) 만큼 이동하세요.',
  }),
  bookOrder: () => ({
    en: 'this is the update order of the Korean "Deep Learning from Scratch" repository, which updates v before it uses v in θ ← θ + μ²·v − (1 + μ)·lr·g (the Japanese original fixed this in 2021). In PyTorch\'s form: b ← μ·b + g, then θ ← θ − lr·(g + μ·b).',
    ko: '\'밑바닥부터 시작하는 딥러닝\' 한국어판 저장소의 갱신 순서입니다. θ ← θ + μ²·v − (1 + μ)·lr·g 에 v를 쓰기 전에 v를 먼저 갱신합니다 (일본어 원본은 2021년에 고쳤습니다). PyTorch 식으로는 b ← μ·b + g 다음에 θ ← θ − lr·(g + μ·b) 입니다.',
  }),
  epsInsideRoot: (o) => ({
    en: `ε is inside the square root, √(${o.eps?.root} + ε), as Keras writes it. PyTorch adds ε after the root: √${o.eps?.root} + ε. The difference shows when gradients are tiny.`,
    ko: `ε가 제곱근 안에 있습니다: √(${o.eps?.root} + ε) (Keras의 방식). PyTorch는 제곱근 뒤에 더합니다: √${o.eps?.root} + ε. 기울기가 아주 작을 때 차이가 드러납니다.`,
  }),
  eps1e7: (o) => ({
    en: `ε looks like 1e-7, the default of Keras and of the "from scratch" books. PyTorch's default for ${o.name} is ${o.eps?.default}.`,
    ko: `ε가 1e-7로 보입니다. Keras와 '밑바닥부터 시작하는 딥러닝'의 기본값입니다. PyTorch의 ${o.name} 기본값은 ${o.eps?.default} 입니다.`,
  }),
  epsOutsideRoots: () => ({
    en: 'ε is outside the square roots. Adadelta puts it inside both: Δ = √(u + ε) / √(v + ε) · g. Outside, the first step (u = 0) hardly moves.',
    ko: 'ε가 제곱근 밖에 있습니다. Adadelta는 두 제곱근 모두 안에 넣습니다: Δ = √(u + ε) / √(v + ε) · g. 밖에 두면 u = 0인 첫 단계가 거의 움직이지 않습니다.',
  }),
  // On Adadelta Δ from the old v and u, v one array give the same steps on every input (Δ = g): both are told.
  staleAverage: () => ({
    en: 'Δ came out equal to g at every step: √(u + ε) / √(v + ε) was 1, so u and v stayed equal. Two slips do that: Δ computed with v from before this step\'s update (u and v then take in the same values), or u and v being one array (this.v = this.u = …). Keep two arrays; first v ← ρ·v + (1 − ρ)·g², then Δ = √(u + ε) / √(v + ε) · g, and only then u.',
    ko: 'Δ가 매 단계 g와 같게 나왔습니다. √(u + ε) / √(v + ε)가 1이어서 u와 v가 계속 같았습니다. 이렇게 되는 실수는 두 가지입니다: Δ를 이번 단계에서 갱신하기 전의 v로 계산했거나 (그러면 u와 v에 같은 값이 들어갑니다), u와 v가 배열 하나입니다 (this.v = this.u = …). 배열을 둘 두고, 먼저 v ← ρ·v + (1 − ρ)·g² 를 갱신하고, 그다음 Δ = √(u + ε) / √(v + ε) · g, 마지막에 u를 갱신하세요.',
  }),
  lrIgnored: () => ({
    en: 'lr is not used: the paper\'s Adadelta has no learning rate, but PyTorch multiplies the update by it, θ ← θ − lr·Δ (default lr = 1).',
    ko: 'lr을 쓰지 않았습니다. 논문의 Adadelta에는 학습률이 없지만 PyTorch는 갱신량에 곱합니다: θ ← θ − lr·Δ (기본 lr = 1).',
  }),
  rhoSwapped: () => ({
    en: 'ρ and 1 − ρ are swapped: each average keeps ρ of its old value, v ← ρ·v + (1 − ρ)·g² and u ← ρ·u + (1 − ρ)·Δ², so ρ = 0.9 means a long memory.',
    ko: 'ρ와 1 − ρ가 바뀌었습니다. 두 이동 평균 모두 이전 값의 ρ만큼을 남깁니다: v ← ρ·v + (1 − ρ)·g², u ← ρ·u + (1 − ρ)·Δ². 그래서 ρ = 0.9는 긴 기억을 뜻합니다.',
  }),
  uBeforeDelta: () => ({
    en: 'the step was taken with a Δ computed from u after u was already updated with this step\'s Δ. The order is: v ← ρ·v + (1 − ρ)·g²; Δ = √(u + ε) / √(v + ε) · g with the old u; θ ← θ − lr·Δ with that Δ; only then u ← ρ·u + (1 − ρ)·Δ².',
    ko: '이번 단계의 Δ로 u를 먼저 갱신한 뒤, 그 새 u로 다시 구한 Δ로 이동했습니다. 순서는 이렇습니다: v ← ρ·v + (1 − ρ)·g²; 이전 u로 Δ = √(u + ε) / √(v + ε) · g; 그 Δ로 θ ← θ − lr·Δ; 그다음에야 u ← ρ·u + (1 − ρ)·Δ².',
  }),
  initialAccumulatorIgnored: () => ({
    en: 'initialAccumulatorValue is ignored: the sum s starts at that value, not at 0.',
    ko: 'initialAccumulatorValue가 무시되었습니다. 합 s는 0이 아니라 이 값에서 시작합니다.',
  }),
  rmspropBiasCorrected: () => ({
    en: 'v was bias-corrected (divided by 1 − αᵗ) the way Adam does; PyTorch\'s RMSprop uses v as it is: θ ← θ − lr·g / (√v + ε).',
    ko: 'Adam처럼 v의 편향을 보정했습니다 (1 − αᵗ로 나눔). PyTorch의 RMSprop은 v를 그대로 씁니다: θ ← θ − lr·g / (√v + ε).',
  }),
  alphaSwapped: () => ({
    en: 'α and 1 − α are swapped: the average keeps α of its old value, v ← α·v + (1 − α)·g², so α = 0.99 means a long memory.',
    ko: 'α와 1 − α가 바뀌었습니다. 이동 평균은 이전 값의 α만큼을 남깁니다: v ← α·v + (1 − α)·g². 그래서 α = 0.99는 긴 기억을 뜻합니다.',
  }),
  gNotSquared: (o) =>
    o.name === 'Adagrad'
      ? {
          en: 'the gradient is not squared where it is accumulated: add g² (g * g), not g. With g itself a negative gradient pulls the sum below zero and its square root is NaN.',
          ko: '누적할 때 기울기를 제곱하지 않았습니다. g가 아니라 g²(g * g)를 더하세요. g를 그대로 더하면 음수 기울기 때문에 합이 0보다 작아져 제곱근이 NaN이 됩니다.',
        }
      : {
          en: 'the gradient is not squared: the moving average takes in g where g² belongs (g * g), while the second moment averages squared gradients. With g itself a negative gradient pulls it below zero and its square root is NaN.',
          ko: '기울기를 제곱하지 않았습니다. 이동 평균에 g²(g * g) 대신 g를 넣었지만, 2차 모멘트는 제곱한 기울기의 평균입니다. g를 그대로 넣으면 음수 기울기 때문에 0보다 작아져 제곱근이 NaN이 됩니다.',
        },
  noBiasCorrection: () => ({
    en: 'no bias correction: m and v start at 0, so divide them by (1 − β1ᵗ) and (1 − β2ᵗ): m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ).',
    ko: '편향 보정이 없습니다. m과 v는 0에서 시작하므로 (1 − β1ᵗ), (1 − β2ᵗ)로 나눠야 합니다: m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ).',
  }),
  mOnlyCorrected: () => ({
    en: 'only the first moment is bias-corrected: v needs it too, v̂ = v / (1 − β2ᵗ).',
    ko: '1차 모멘트만 편향 보정했습니다. v도 보정해야 합니다: v̂ = v / (1 − β2ᵗ).',
  }),
  vOnlyCorrected: () => ({
    en: 'only v is bias-corrected: m needs it too, m̂ = m / (1 − β1ᵗ).',
    ko: 'v만 편향 보정했습니다. m도 보정해야 합니다: m̂ = m / (1 − β1ᵗ).',
  }),
  hatForm: () => ({
    en: 'this is the "ε̂" form of the Adam paper (also used by Keras and the "from scratch" books): lr·√(1 − β2ᵗ)/(1 − β1ᵗ) · m / (√v + ε). PyTorch divides m̂ by (√v̂ + ε). The two differ only when gradients are tiny.',
    ko: 'Adam 논문의 "ε̂" 형태입니다 (Keras와 \'밑바닥부터 시작하는 딥러닝\'도 이 형태): lr·√(1 − β2ᵗ)/(1 − β1ᵗ) · m / (√v + ε). PyTorch는 m̂를 (√v̂ + ε)로 나눕니다. 기울기가 아주 작을 때만 둘이 달라집니다.',
  }),
  tFromZero: () => ({
    en: 'the step counter t is 0 during the first step: then 1 − β2ᵗ = 0 and the bias correction divides by zero (NaN, or a first step that does not move). Increase t before using it, so the first step has t = 1.',
    ko: '첫 단계에서 단계 수 t가 0입니다. 그러면 1 − β2ᵗ = 0이라 편향 보정이 0으로 나눕니다 (NaN이 나오거나 첫 단계가 움직이지 않음). t를 쓰기 전에 증가시켜 첫 단계가 t = 1이 되게 하세요.',
  }),
  tPerParameter: () => ({
    en: 'the step counter t is counted per parameter instead of once per call to step: with two parameters the second one already sees t = 2 in the first step. Increase t once, before the loop over the parameters.',
    ko: '단계 수 t를 step 호출마다 한 번이 아니라 파라미터마다 셌습니다. 파라미터가 둘이면 첫 단계에서 두 번째 파라미터가 벌써 t = 2를 봅니다. t는 파라미터 반복문 전에 한 번만 증가시키세요.',
  }),
  beta1ForV: () => ({
    en: 'β1 is used for the second moment: v ← β2·v + (1 − β2)·g² takes β2 (0.999 by default); only m takes β1.',
    ko: '2차 모멘트에 β1을 썼습니다. v ← β2·v + (1 − β2)·g² 에는 β2(기본 0.999)를 쓰고, β1은 m에만 씁니다.',
  }),
  betasSwapped: () => ({
    en: 'β1 and β2 are swapped: m, the average of g, keeps β1 (0.9 by default) and v, the average of g², keeps β2 (0.999), with the corrections 1 − β1ᵗ for m and 1 − β2ᵗ for v. (The first step cannot show it: both corrections cancel there.)',
    ko: 'β1과 β2가 바뀌었습니다. g의 평균 m에는 β1(기본 0.9), g²의 평균 v에는 β2(기본 0.999)를 쓰고, 보정도 m은 1 − β1ᵗ, v는 1 − β2ᵗ로 합니다. (첫 단계에서는 두 보정이 상쇄되어 드러나지 않습니다.)',
  }),
  scheduleNoHalf: () => ({
    en: 'the ½ is missing from the momentum schedule: μₜ = β1·(1 − ½·0.96^(t·ψ)), so μ starts near β1/2, not near 0.',
    ko: '모멘텀 일정에서 ½이 빠졌습니다. μₜ = β1·(1 − ½·0.96^(t·ψ)) 이므로 μ는 0 근처가 아니라 β1/2 근처에서 시작합니다.',
  }),
  productToT: () => ({
    en: 'the first term of m̂ was divided by 1 − ∏ᵢ₌₁ᵗ μᵢ; it looks one step ahead and needs the product up to t + 1: μₜ₊₁ · m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ). Only the second term, (1 − μₜ) · g / (1 − ∏ᵢ₌₁ᵗ μᵢ), stops at t.',
    ko: 'm̂의 첫째 항을 1 − ∏ᵢ₌₁ᵗ μᵢ로 나눴습니다. 이 항은 한 단계 앞을 보므로 t + 1까지의 곱이 필요합니다: μₜ₊₁ · m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ). t에서 멈추는 것은 둘째 항 (1 − μₜ) · g / (1 − ∏ᵢ₌₁ᵗ μᵢ) 뿐입니다.',
  }),
  psiIgnored: () => ({
    en: 'μₜ uses 0.96ᵗ (as Keras 3 does); PyTorch\'s schedule is μₜ = β1·(1 − ½·0.96^(t·ψ)) with ψ = momentumDecay (0.004 by default).',
    ko: 'μₜ에 0.96ᵗ를 썼습니다 (Keras 3의 방식). PyTorch의 일정은 μₜ = β1·(1 − ½·0.96^(t·ψ)) 이고 ψ는 momentumDecay(기본 0.004)입니다.',
  }),
  muNowForNext: () => ({
    en: 'μₜ is used where μₜ₊₁ belongs: the first term of m̂ looks one step ahead, like Nesterov, μₜ₊₁ · m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ), with the next step\'s coefficient μₜ₊₁ = β1·(1 − ½·0.96^((t + 1)·ψ)). Only the second term, (1 − μₜ) · g / (1 − ∏ᵢ₌₁ᵗ μᵢ), uses μₜ.',
    ko: 'μₜ₊₁ 자리에 μₜ를 썼습니다. m̂의 첫째 항은 Nesterov처럼 한 단계 앞을 봅니다: μₜ₊₁ · m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ), 여기서 다음 단계의 계수 μₜ₊₁ = β1·(1 − ½·0.96^((t + 1)·ψ)). μₜ를 쓰는 것은 둘째 항 (1 − μₜ) · g / (1 − ∏ᵢ₌₁ᵗ μᵢ) 뿐입니다.',
  }),
  muProductTwice: () => ({
    en: 'the kept product of the μ\'s takes μₜ₊₁ in as well: ∏ᵢ₌₁ᵗ⁺¹ μᵢ is only for this step\'s first term, so compute it from the kept ∏ᵢ₌₁ᵗ μᵢ without storing it (a *= where * belongs does this — the bug old PyTorch versions had).',
    ko: 'μ의 누적 곱에 μₜ₊₁까지 들어갔습니다. ∏ᵢ₌₁ᵗ⁺¹ μᵢ는 이번 단계의 첫째 항에만 쓰므로, 보관한 ∏ᵢ₌₁ᵗ μᵢ로 계산만 하고 저장하지 마세요 (* 자리에 *=를 쓰면 이렇게 됩니다. 예전 PyTorch에 있던 버그입니다).',
  }),
  muProductKeptTwice: () => ({
    en: 'after the step the kept product of the μ\'s took μₜ₊₁ in too (∏ *= μₜ₊₁), and the next step multiplies μₜ₊₁ in again as its own μₜ: from the second step on every μ counts twice. Keep ∏ᵢ₌₁ᵗ μᵢ only; ∏ᵢ₌₁ᵗ⁺¹ μᵢ = ∏ · μₜ₊₁ is computed for this step\'s first term, never stored (the bug old PyTorch versions had).',
    ko: '단계를 마친 뒤 μ의 누적 곱에 μₜ₊₁까지 넣어 두었고(∏ *= μₜ₊₁), 다음 단계가 그 μₜ₊₁을 자기 μₜ로 또 곱합니다. 두 번째 단계부터 모든 μ가 두 번 들어갑니다. ∏ᵢ₌₁ᵗ μᵢ만 보관하세요. ∏ᵢ₌₁ᵗ⁺¹ μᵢ = ∏ · μₜ₊₁은 이번 단계의 첫째 항을 위해 계산만 하고 저장하지 않습니다 (예전 PyTorch에 있던 버그입니다).',
  }),
  noSqrt: (o) => ({
    en: `the square root is missing: divide by √${o.eps?.root} + ε, not by ${o.eps?.root} + ε. Without the root the step depends on the size of g (a large gradient takes a tiny step); with it the first step moves every parameter by about lr.`,
    ko: `제곱근이 빠졌습니다. ${o.eps?.root} + ε가 아니라 √${o.eps?.root} + ε로 나누세요. 제곱근이 없으면 이동량이 g의 크기에 달려서 큰 기울기가 아주 작게 움직입니다. 제곱근이 있으면 첫 단계에서 모든 파라미터가 약 lr만큼 움직입니다.`,
  }),
  rhoSwappedInV: () => ({
    en: 'ρ and 1 − ρ are swapped in the average of g²: v ← ρ·v + (1 − ρ)·g² keeps ρ of the old v, so ρ = 0.9 means a long memory (u is right).',
    ko: 'g²의 이동 평균에서 ρ와 1 − ρ가 바뀌었습니다. v ← ρ·v + (1 − ρ)·g² 는 이전 v의 ρ만큼을 남기므로 ρ = 0.9는 긴 기억을 뜻합니다 (u는 맞습니다).',
  }),
  lrInU: () => ({
    en: 'u averages the step taken, (lr·Δ)², instead of Δ²: u ← ρ·u + (1 − ρ)·Δ² with Δ before the learning rate. (With lr = 1 the two agree.)',
    ko: 'u에 Δ² 대신 실제로 움직인 (lr·Δ)²를 평균했습니다. u ← ρ·u + (1 − ρ)·Δ² 이고 Δ는 학습률을 곱하기 전의 값입니다. (lr = 1이면 둘이 같습니다.)',
  }),
  beta1Swapped: () => ({
    en: 'β1 and 1 − β1 are swapped in m: m ← β1·m + (1 − β1)·g keeps β1 (0.9) of the old m and takes only 1 − β1 of the new g.',
    ko: 'm에서 β1과 1 − β1이 바뀌었습니다. m ← β1·m + (1 − β1)·g 는 이전 m의 β1(0.9)을 남기고 새 g는 1 − β1만 받습니다.',
  }),
  vHatWithBeta1: () => ({
    en: 'v̂ was corrected with β1: v̂ = v / (1 − β2ᵗ), with β2, the β of v; only m̂ uses 1 − β1ᵗ.',
    ko: 'v̂를 β1로 보정했습니다. v̂ = v / (1 − β2ᵗ)로 v의 β인 β2를 씁니다. 1 − β1ᵗ는 m̂에만 씁니다.',
  }),
  correctedIntoState: () => ({
    en: 'the corrected m̂ and v̂ were stored back into m and v, so the correction compounds from step 2 on. Keep m and v as they are and compute m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ) in local variables, fresh each step.',
    ko: '보정한 m̂, v̂를 m과 v에 다시 저장해서 두 번째 단계부터 보정이 겹쳐 쌓입니다. m과 v는 그대로 두고, m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ)는 단계마다 지역 변수로 새로 구하세요.',
  }),
  tOneAhead: () => ({
    en: 'the bias corrections are one step ahead: 1 − β1ᵗ⁺¹ and 1 − β2ᵗ⁺¹ where t belongs (t starts at 1 in the first step, or kept powers of β start at 1 and are multiplied by β before use), so the first step does not move every parameter by lr.',
    ko: '편향 보정이 한 단계 앞서 있습니다. t 자리에 1 − β1ᵗ⁺¹, 1 − β2ᵗ⁺¹을 썼습니다 (첫 단계에서 t는 1이고, β의 거듭제곱을 보관한다면 1에서 시작해 쓰기 전에 β를 곱합니다). 그래서 첫 단계가 모든 파라미터를 lr만큼 움직이지 않습니다.',
  }),
  vStartsAtG2: () => ({
    en: 'v starts at g₁² in the first step instead of (1 − α)·g₁²: v begins at 0 and every step, the first one too, is v ← α·v + (1 − α)·g².',
    ko: '첫 단계에서 v가 (1 − α)·g₁² 대신 g₁²로 시작했습니다. v는 0에서 시작하고, 첫 단계를 포함해 모든 단계가 v ← α·v + (1 − α)·g² 입니다.',
  }),
  doubleCorrection: () => ({
    en: 'the bias correction was applied twice: m̂ and v̂ are corrected already, so the step is lr · m̂ / (√v̂ + ε) with lr itself. The folded lr·√(1 − β2ᵗ)/(1 − β1ᵗ) is the other way to write the same correction, not a second one.',
    ko: '편향 보정을 두 번 했습니다. m̂와 v̂가 이미 보정됐으므로 이동량은 lr 그대로 lr · m̂ / (√v̂ + ε) 입니다. lr·√(1 − β2ᵗ)/(1 − β1ᵗ)로 접은 형태는 같은 보정을 다르게 쓴 것이지 또 하나의 보정이 아닙니다.',
  }),
  kerasForm: () => ({
    en: 'this is Keras\'s Adam (and the "from scratch" books\'): the corrections folded into lr·√(1 − β2ᵗ)/(1 − β1ᵗ), ε̂ = 1e-7 added to the uncorrected √v. PyTorch divides m̂ by √v̂ + ε with ε = 1e-8.',
    ko: 'Keras(와 \'밑바닥부터 시작하는 딥러닝\')의 Adam입니다. 보정을 lr·√(1 − β2ᵗ)/(1 − β1ᵗ)에 접어 넣고, 보정하지 않은 √v에 ε̂ = 1e-7을 더합니다. PyTorch는 m̂를 √v̂ + ε로 나누고 ε = 1e-8입니다.',
  }),
  epsIgnored: () => ({
    en: 'the eps option is ignored: your step uses 1e-8 whatever eps was given. Read it from the options and keep it in a field.',
    ko: 'eps 옵션을 무시했습니다. 어떤 eps를 주어도 1e-8을 씁니다. 옵션에서 읽어 필드에 두세요.',
  }),
  lastParamSkipped: () => ({
    en: 'the last parameter never moves: the loop stops one early. Go over every parameter: i < params.length.',
    ko: '마지막 파라미터가 움직이지 않습니다. 반복문이 하나 일찍 멈춥니다. 모든 파라미터를 도세요: i < params.length.',
  }),
  kerasAccumulator: () => ({
    en: 'initialAccumulatorValue defaults to 0.1 here (Keras\'s initial_accumulator_value); torch.optim.Adagrad starts the sum at 0 when none is given.',
    ko: '여기서는 initialAccumulatorValue의 기본값이 0.1입니다(Keras의 initial_accumulator_value). torch.optim.Adagrad는 값이 없으면 합을 0에서 시작합니다.',
  }),
  ratioInverted: () => ({
    en: 'the ratio is upside down: Δ = √(u + ε) / √(v + ε) · g, the average of past steps over the average of gradients, not √(v + ε) / √(u + ε).',
    ko: '비율이 뒤집혔습니다. Δ = √(u + ε) / √(v + ε) · g로, 지난 이동의 평균을 기울기의 평균으로 나눕니다. √(v + ε) / √(u + ε)가 아닙니다.',
  }),
  epsOnlyAbove: () => ({
    en: 'ε is missing under the denominator\'s root: Δ = √(u + ε) / √(v + ε) · g, ε under both roots.',
    ko: '분모의 제곱근에 ε가 빠졌습니다. Δ = √(u + ε) / √(v + ε) · g로, 두 제곱근 모두에 ε가 들어갑니다.',
  }),
  nesterovStep: () => ({
    en: 'the step is Nesterov\'s, θ − lr·(g + μ·b): plain Momentum moves by the velocity alone, θ ← θ − lr·b.',
    ko: '이동이 네스테로프의 θ − lr·(g + μ·b)입니다. 그냥 모멘텀은 속도만큼 움직입니다: θ ← θ − lr·b.',
  }),
  momentsStartAtG: () => ({
    en: 'm and v started as the first gradient itself, m₁ = g₁ and v₁ = g₁²: they start at 0, and the first step too is m ← β1·m + (1 − β1)·g and v ← β2·v + (1 − β2)·g² (the bias correction then makes up for the start at 0).',
    ko: 'm과 v가 첫 기울기 자체로 시작했습니다 (m₁ = g₁, v₁ = g₁²). 둘은 0에서 시작하고, 첫 단계도 m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g² 입니다 (0에서 시작한 것은 편향 보정이 메웁니다).',
  }),
  firstParamSkipped: () => ({
    en: 'the first parameter never moves: the loop starts at 1. Go over every parameter, from i = 0.',
    ko: '첫 파라미터가 움직이지 않습니다. 반복문이 1에서 시작합니다. i = 0부터 모든 파라미터를 도세요.',
  }),
  dampeningAsEma: (o) =>
    o.name === 'Nesterov'
      ? {
          en: 'from the second step on, the velocity was averaged the way Adam averages, b ← μ·b + (1 − μ)·g. PyTorch\'s Nesterov keeps μ·b and adds the whole gradient: b ← μ·b + g.',
          ko: '두 번째 단계부터 Adam의 이동 평균처럼 b ← μ·b + (1 − μ)·g로 속도를 구했습니다. PyTorch의 네스테로프는 μ·b를 남기고 기울기 전체를 더합니다: b ← μ·b + g.',
        }
      : {
          en: 'the velocity was averaged the way Adam averages, b ← μ·b + (1 − μ)·g. PyTorch\'s momentum keeps μ·b and adds (1 − τ)·g with τ = dampening (0 by default: the whole gradient).',
          ko: 'Adam의 이동 평균처럼 b ← μ·b + (1 − μ)·g로 속도를 구했습니다. PyTorch의 모멘텀은 μ·b를 남기고 (1 − τ)·g를 더하며, τ는 dampening(기본 0, 기울기 전체)입니다.',
        },
  oldVelocityAfterFirst: () => ({
    en: 'from step 2 on, the look-ahead used the velocity from before this step\'s update, so those steps are Momentum steps. Update b ← μ·b + g first, then step θ ← θ − lr·(g + μ·b) with the new b.',
    ko: '2단계부터 이번 단계에서 갱신하기 전의 속도로 앞을 내다봐서 그 단계들이 모멘텀 단계가 됐습니다. 먼저 b ← μ·b + g로 갱신하고, 그 새 b로 θ ← θ − lr·(g + μ·b)만큼 이동하세요.',
  }),
  noMuInLookAhead: () => ({
    en: 'the look-ahead term lost its μ: the step is θ ← θ − lr·(g + μ·b), not θ − lr·(g + b).',
    ko: '앞을 내다보는 항에서 μ가 빠졌습니다. 이동은 θ − lr·(g + b)가 아니라 θ ← θ − lr·(g + μ·b) 입니다.',
  }),
  sharedAccumulator: () => ({
    en: 'one sum s is shared by all parameters (the squared length of the whole gradient); Adagrad keeps one sum per parameter, s_i ← s_i + g_i², and divides each g_i by its own √s_i.',
    ko: '모든 파라미터가 합 s 하나를 함께 씁니다 (기울기 전체의 길이의 제곱). Adagrad는 파라미터마다 합을 따로 두고(s_i ← s_i + g_i²) 각 g_i를 자기 √s_i로 나눕니다.',
  }),
  kerasLr: (o) => ({
    en: `the default lr looks like 0.001, Keras's; PyTorch's default for ${o.name} is 0.01.`,
    ko: `기본 lr이 Keras의 0.001로 보입니다. PyTorch의 ${o.name} 기본값은 0.01입니다.`,
  }),
  kerasAlpha: () => ({
    en: 'the default α looks like 0.9, Keras\'s rho; PyTorch\'s RMSprop keeps α = 0.99 of the old average by default.',
    ko: '기본 α가 Keras의 rho인 0.9로 보입니다. PyTorch의 RMSprop은 기본으로 이전 평균의 α = 0.99를 남깁니다.',
  }),
  staleV: () => ({
    en: 'the step was divided by v from before this step\'s update (on the first step √0 + ε, a huge step). Update v ← α·v + (1 − α)·g² first, then divide by √v + ε.',
    ko: '이번 단계에서 갱신하기 전의 v로 나눴습니다 (첫 단계에서는 √0 + ε라 이동이 아주 큽니다). 먼저 v ← α·v + (1 − α)·g²로 갱신하고 √v + ε로 나누세요.',
  }),
  epsOnlyBelow: () => ({
    en: 'the numerator has no ε (ε is only in the denominator): with u = 0 at first, √u gives Δ = 0, and u then stays 0, so nothing ever moves. Adadelta puts ε under both roots: Δ = √(u + ε) / √(v + ε) · g.',
    ko: '분자에 ε가 없습니다 (ε가 분모에만 있습니다). 처음에 u = 0이면 √u 때문에 Δ = 0이 되고 u도 계속 0이라 아무것도 움직이지 않습니다. Adadelta는 두 제곱근 모두에 ε를 넣습니다: Δ = √(u + ε) / √(v + ε) · g.',
  }),
  lrOverN: () => ({
    en: 'every step was divided by the number of parameters: θ − lr·g / n. Each parameter moves by its own gradient alone, θ ← θ − lr·g; nothing is averaged.',
    ko: '모든 이동을 파라미터 수로 나눴습니다: θ − lr·g / n. 각 파라미터는 자기 기울기만큼만 움직입니다: θ ← θ − lr·g. 평균 내는 것은 없습니다.',
  }),
  paramsGradsSwapped: () => ({
    en: 'the two arguments were read in each other\'s places: the result is g − lr·θ. step(params, grads) takes the parameters first: θ ← θ − lr·g.',
    ko: '두 인자를 서로 바꿔 읽었습니다. 결과가 g − lr·θ입니다. step(params, grads)는 파라미터를 먼저 받습니다: θ ← θ − lr·g.',
  }),
  oneMinusMomentumAsLr: () => ({
    en: 'the step was scaled by 1 − μ where the learning rate belongs: θ ← θ − (1 − μ)·b. The step size is lr: θ ← θ − lr·b (the two agree only when lr = 1 − μ).',
    ko: '학습률 자리에 1 − μ를 곱해 이동했습니다: θ ← θ − (1 − μ)·b. 이동 크기는 lr입니다: θ ← θ − lr·b (두 값은 lr = 1 − μ일 때만 같습니다).',
  }),
  zeroCallSkipped: (o) => ({
    en: `a call whose gradients are all 0 was skipped: the parameters came back unchanged and ${o.state?.en ?? 'the state'} was left as it was (an early return such as if (grads.every((g) => g === 0)) return params). Such a call is a step like any other: ${o.name === 'Momentum' || o.name === 'Nesterov' ? 'the velocity decays, b ← μ·b, and still carries the parameters on' : o.name === 'Adam' || o.name === 'NAdam' ? 'm still carries the parameters on, the averages decay and t counts the step' : 'the averages decay, so the next step differs'}.`,
    ko: `기울기가 모두 0인 호출을 건너뛰었습니다. 파라미터를 그대로 돌려주고 ${josa(o.state?.ko ?? '상태', '을/를')} 그대로 두었습니다 (if (grads.every((g) => g === 0)) return params 같은 이른 반환). 그런 호출도 다른 단계와 똑같은 한 단계입니다: ${o.name === 'Momentum' || o.name === 'Nesterov' ? '속도가 b ← μ·b로 줄어들면서 여전히 파라미터를 움직입니다' : o.name === 'Adam' || o.name === 'NAdam' ? 'm이 여전히 파라미터를 움직이고, 이동 평균이 줄어들며, t도 한 단계를 셉니다' : '이동 평균이 줄어들어서 다음 단계가 달라집니다'}.`,
  }),
  betasSwappedInAverages: () => ({
    en: 'β1 and β2 are swapped in the moving averages (m ← β2·m + (1 − β2)·g, v ← β1·v + (1 − β1)·g²), while the corrections use them the right way round. m averages with β1, v with β2: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g².',
    ko: '이동 평균에서 β1과 β2가 바뀌었습니다 (m ← β2·m + (1 − β2)·g, v ← β1·v + (1 − β1)·g²). 보정은 제대로 썼습니다. m은 β1로, v는 β2로 평균합니다: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g².',
  }),
  lrAlphaSwapped: () => ({
    en: 'lr and α were swapped when stored (this.lr = alpha, this.alpha = lr): the steps are taken with α as the learning rate and the average keeps lr of the old v. Store each option under its own name.',
    ko: '옵션을 저장할 때 lr과 α가 바뀌었습니다 (this.lr = alpha, this.alpha = lr). α를 학습률로 써서 움직이고, 이동 평균은 이전 v의 lr만큼을 남깁니다. 각 옵션을 제 이름으로 저장하세요.',
  }),
  absNoRoot: () => ({
    en: 'the sizes of g were summed, s ← s + |g|, and the step divided by s + ε with no root: Adagrad sums squares, s ← s + g², and divides by √s + ε. (At the first step |g| = √(g²), so the two agree there and part from the second step on.)',
    ko: 'g의 크기를 더하고(s ← s + |g|) 제곱근 없이 s + ε로 나눴습니다. Adagrad는 제곱을 더하고(s ← s + g²) √s + ε로 나눕니다. (첫 단계에서는 |g| = √(g²)이라 둘이 같고, 두 번째 단계부터 달라집니다.)',
  }),
  vHatOneAhead: () => ({
    en: 'v̂ was corrected with 1 − β2ᵗ⁺¹: the t + 1 belongs to μₜ₊₁ in m̂ only. The second moment is corrected for this step: v̂ = v / (1 − β2ᵗ).',
    ko: 'v̂를 1 − β2ᵗ⁺¹로 보정했습니다. t + 1은 m̂의 μₜ₊₁에만 붙습니다. 2차 모멘트는 이번 단계로 보정합니다: v̂ = v / (1 − β2ᵗ).',
  }),
  lrOnlyOnG: () => ({
    en: 'the learning rate multiplies the gradient only: θ ← θ − lr·g − μ·b. It scales the whole update, look-ahead included: θ ← θ − lr·(g + μ·b).',
    ko: '학습률을 기울기에만 곱했습니다: θ ← θ − lr·g − μ·b. 학습률은 미리 보기 항까지 포함한 갱신 전체에 곱합니다: θ ← θ − lr·(g + μ·b).',
  }),
  lrForOneMinusBeta2: () => ({
    en: 'the second moment took lr where 1 − β2 belongs: v ← β2·v + lr·g². The new g² enters with weight 1 − β2: v ← β2·v + (1 − β2)·g² (with the defaults lr = 0.001 = 1 − β2, so only another lr shows it).',
    ko: '2차 모멘트에서 1 − β2 자리에 lr을 썼습니다: v ← β2·v + lr·g². 새 g²는 1 − β2의 무게로 들어갑니다: v ← β2·v + (1 − β2)·g² (기본값에서는 lr = 0.001 = 1 − β2라서, 다른 lr에서만 드러납니다).',
  }),
  dampeningOnWholeUpdate: () => ({
    en: '1 − τ scaled the whole new velocity, b ← (1 − τ)·(μ·b + g). Dampening holds back only the new gradient: b ← μ·b + (1 − τ)·g.',
    ko: '1 − τ를 새 속도 전체에 곱했습니다: b ← (1 − τ)·(μ·b + g). 감쇠는 새 기울기만 줄입니다: b ← μ·b + (1 − τ)·g.',
  }),
  initialAddedEachStep: () => ({
    en: 'initialAccumulatorValue went into the sum again at every step (s ← s + s₀ + g²): it is the sum\'s starting value, added once. Start s at initialAccumulatorValue, then s ← s + g².',
    ko: 'initialAccumulatorValue를 단계마다 합에 다시 더했습니다 (s ← s + s₀ + g²). 이 값은 합의 시작값이라 한 번만 들어갑니다. s를 initialAccumulatorValue에서 시작하고, s ← s + g².',
  }),
  velocityOneStepLate: () => ({
    en: 'each step took the velocity from before this step\'s update (the first step g₁, then b₁, b₂ …): θ moved first and b was updated after, so the velocity is one step late. Update b ← μ·b + (1 − τ)·g first, then step θ ← θ − lr·b with the new b.',
    ko: '단계마다 이번 단계에서 갱신하기 전의 속도로 이동했습니다 (첫 단계는 g₁, 그다음 b₁, b₂ …). θ를 먼저 옮기고 b를 나중에 갱신해서 속도가 한 단계 늦습니다. 먼저 b ← μ·b + (1 − τ)·g로 갱신하고, 그 새 b로 θ ← θ − lr·b만큼 이동하세요.',
  }),
  velocityForG: () => ({
    en: 'the step used the velocity where the gradient belongs: θ − lr·(b + μ·b). Nesterov steps by the gradient plus the look-ahead: θ ← θ − lr·(g + μ·b).',
    ko: '기울기 자리에 속도를 썼습니다: θ − lr·(b + μ·b). 네스테로프는 기울기에 앞을 내다보는 항을 더해 이동합니다: θ ← θ − lr·(g + μ·b).',
  }),
  lookAheadSubtracted: () => ({
    en: 'the look-ahead term was subtracted: θ − lr·(g − μ·b). It is added: θ ← θ − lr·(g + μ·b), both terms pointing downhill.',
    ko: '앞을 내다보는 항을 뺐습니다: θ − lr·(g − μ·b). 이 항은 더해야 합니다: θ ← θ − lr·(g + μ·b). 두 항 모두 내리막을 가리킵니다.',
  }),
  lrOnceInU: () => ({
    en: 'u averaged lr·Δ² (lr once) instead of Δ²: u ← ρ·u + (1 − ρ)·Δ², the squared update before lr.',
    ko: 'u에 Δ² 대신 lr·Δ²(lr 한 번)를 평균했습니다. u ← ρ·u + (1 − ρ)·Δ²로, lr을 곱하기 전의 갱신량을 제곱합니다.',
  }),
  beta1ForMuNext: () => ({
    en: 'the first term of m̂ took β1·m where μₜ₊₁·m belongs: NAdam looks ahead with the schedule\'s next momentum, μₜ₊₁ = β1·(1 − ½·0.96^((t + 1)·ψ)), not with β1 itself.',
    ko: 'm̂의 첫 항에 μₜ₊₁·m 대신 β1·m을 썼습니다. NAdam은 β1 자체가 아니라 일정의 다음 모멘텀 μₜ₊₁ = β1·(1 − ½·0.96^((t + 1)·ψ))로 앞을 내다봅니다.',
  }),
  velocityNoMu: () => ({
    en: 'the velocity lost its μ: b ← b + g adds up every gradient so far, undamped. Keep μ of the old velocity: b ← μ·b + g.',
    ko: '속도에서 μ가 빠졌습니다. b ← b + g는 지금까지의 기울기를 줄이지 않고 모두 더합니다. 이전 속도의 μ만 남기세요: b ← μ·b + g.',
  }),
  emaFromStart: () => ({
    en: 'the velocity is an average from the first step on, b ← μ·b + (1 − μ)·g with b starting at 0 (the deeplearning.ai form, where the learning rate then has another size). PyTorch\'s velocity starts as the gradient itself, b₁ = g₁, then b ← μ·b + (1 − τ)·g with τ = dampening (0 by default).',
    ko: '첫 단계부터 속도를 평균으로 구했습니다: b는 0에서 시작해 b ← μ·b + (1 − μ)·g (deeplearning.ai의 형태로, 학습률의 크기도 달라집니다). PyTorch의 속도는 기울기 자체로 시작하고(b₁ = g₁), 그다음 b ← μ·b + (1 − τ)·g 이며 τ는 dampening(기본 0)입니다.',
  }),
  lrInVelocity: (o) => {
    // Nesterov has no dampening and steps by g + μ·b; Momentum steps by b.
    const nesterov = o.name === 'Nesterov';
    const into = nesterov ? 'b ← μ·b + lr·g' : 'b ← μ·b + lr·(1 − τ)·g';
    const right = nesterov ? 'b ← μ·b + g' : 'b ← μ·b + (1 − τ)·g';
    const step = nesterov ? 'θ ← θ − lr·(g + μ·b)' : 'θ ← θ − lr·b';
    return {
      en: `the learning rate went into the velocity as well, ${into}, and again in the step ${step}: lr is applied twice from the second step on. The velocity collects gradients, ${right}; lr comes in once, in the step.`,
      ko: `학습률이 속도에도 들어갔습니다: ${into} 다음 이동 ${step}에서 다시 곱하므로, 두 번째 단계부터 lr을 두 번 곱했습니다. 속도는 기울기를 모읍니다: ${right}. lr은 이동에서 한 번만 곱합니다.`,
    };
  },
  rhoSwappedInU: () => ({
    en: 'ρ and 1 − ρ are swapped in u: u ← ρ·u + (1 − ρ)·Δ² keeps ρ of the old u, exactly as v does with g².',
    ko: 'u에서 ρ와 1 − ρ가 바뀌었습니다. u ← ρ·u + (1 − ρ)·Δ²로, v가 g²에 대해 하는 것과 똑같이 이전 u의 ρ를 남깁니다.',
  }),
  correctionsSwapped: () => ({
    en: 'the two bias corrections are swapped: m̂ = m / (1 − β1ᵗ) goes with β1, the β of m, and v̂ = v / (1 − β2ᵗ) with β2, the β of v.',
    ko: '두 편향 보정이 바뀌었습니다. m̂ = m / (1 − β1ᵗ)는 m의 β인 β1로, v̂ = v / (1 − β2ᵗ)는 v의 β인 β2로 보정합니다.',
  }),
  dampeningOnOld: () => ({
    en: '1 − τ was applied to the old velocity instead of the new gradient: b ← (1 − τ)·μ·b + g. Dampening holds back the gradient that enters: b ← μ·b + (1 − τ)·g.',
    ko: '1 − τ를 새 기울기가 아니라 이전 속도에 곱했습니다: b ← (1 − τ)·μ·b + g. dampening은 들어오는 기울기를 줄입니다: b ← μ·b + (1 − τ)·g.',
  }),
  firstGradientOnly: () => ({
    en: 'every parameter stepped by the first gradient, grads[0]: each parameter i moves by its own gradient, θᵢ − lr·grads[i].',
    ko: '모든 파라미터가 첫 기울기 grads[0]만큼 움직였습니다. 파라미터 i는 자기 기울기만큼 움직입니다: θᵢ − lr·grads[i].',
  }),
  gTermOverNext: () => ({
    en: 'both terms of m̂ are divided by 1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ: the fresh-gradient term has its own, 1 − ∏ᵢ₌₁ᵗ μᵢ (the product up to this step, not the next). m̂ = μₜ₊₁·m / (1 − ∏ᵗ⁺¹) + (1 − μₜ)·g / (1 − ∏ᵗ).',
    ko: 'm̂의 두 항을 모두 1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ로 나눴습니다. 새 기울기 항은 자기 분모 1 − ∏ᵢ₌₁ᵗ μᵢ(다음 단계가 아니라 이번 단계까지의 곱)를 씁니다. m̂ = μₜ₊₁·m / (1 − ∏ᵗ⁺¹) + (1 − μₜ)·g / (1 − ∏ᵗ).',
  }),
  lookAheadOnly: () => ({
    en: 'the step lost its g: Nesterov moves by the gradient and the look-ahead together, θ ← θ − lr·(g + μ·b), not θ − lr·μ·b.',
    ko: '이동에서 g가 빠졌습니다. 네스테로프는 기울기와 미리 보기를 함께 씁니다: θ − lr·μ·b가 아니라 θ ← θ − lr·(g + μ·b).',
  }),
  dividesByLr: () => ({
    en: 'the gradient was divided by lr: each step is lr · g, θ ← θ − lr·g.',
    ko: '기울기를 lr로 나눴습니다. 한 단계는 lr · g 입니다: θ ← θ − lr·g.',
  }),
  muOneBehind: () => ({
    en: 'the momentum schedule is one step behind: the first step used μ₀ (t = 0) and μ₁ where it needs μ₁ and μ₂. In step t, μₜ = β1·(1 − ½·0.96^(t·ψ)) with t counted from 1, and the look-ahead μₜ₊₁.',
    ko: '모멘텀 일정이 한 단계 늦습니다. 첫 단계에서 μ₁과 μ₂가 필요한데 μ₀(t = 0)과 μ₁을 썼습니다. t번째 단계는 t를 1부터 세어 μₜ = β1·(1 − ½·0.96^(t·ψ))이고, 미리 보기는 μₜ₊₁입니다.',
  }),
  muTauSwapped: () => ({
    en: 'momentum and dampening changed places: b ← τ·b + (1 − μ)·g. The old velocity is kept by μ = momentum and the gradient enters with 1 − τ, τ = dampening: b ← μ·b + (1 − τ)·g.',
    ko: 'momentum과 dampening이 자리를 바꿨습니다: b ← τ·b + (1 − μ)·g. 이전 속도는 μ = momentum만큼 남고, 기울기는 1 − τ (τ = dampening)만큼 들어옵니다: b ← μ·b + (1 − τ)·g.',
  }),
  dampeningNotComplemented: () => ({
    en: 'the gradient entered the velocity with τ instead of 1 − τ: b ← μ·b + (1 − τ)·g, so with the default τ = 0 the whole gradient enters (your b gets none of it).',
    ko: '기울기가 1 − τ 대신 τ만큼 속도에 들어갔습니다. b ← μ·b + (1 − τ)·g 이므로 기본값 τ = 0이면 기울기 전체가 들어갑니다 (지금은 하나도 들어가지 않습니다).',
  }),
  staleSum: () => ({
    en: 'the step was divided by s from before this step\'s g² was added (on the first step √0 + ε, a step of about g / ε). Add g² to s first, then divide by √s + ε.',
    ko: '이번 단계의 g²를 더하기 전의 s로 나눴습니다 (첫 단계에서는 √0 + ε라 약 g / ε만큼 움직입니다). 먼저 s에 g²를 더한 뒤 √s + ε로 나누세요.',
  }),
  vStartsAtOne: () => ({
    en: 'v starts at 1: the moving average of g² begins at 0, v ← α·v + (1 − α)·g² from v = 0, so the first steps are large, not damped by a made-up 1.',
    ko: 'v가 1에서 시작했습니다. g²의 이동 평균은 0에서 시작합니다 (v = 0에서 v ← α·v + (1 − α)·g²). 그래서 처음 몇 단계는 지어낸 1에 눌리지 않고 큽니다.',
  }),
  powOfOneMinus: () => ({
    en: 'the corrections were written (1 − β)ᵗ; they are 1 − βᵗ, one minus the power: 1 − 0.9² = 0.19, not (1 − 0.9)² = 0.01. (At t = 1 the two agree, so the first step was right.)',
    ko: '보정을 (1 − β)ᵗ로 썼습니다. 보정은 거듭제곱을 1에서 뺀 1 − βᵗ입니다: (1 − 0.9)² = 0.01이 아니라 1 − 0.9² = 0.19. (t = 1에서는 둘이 같아서 첫 단계는 맞았습니다.)',
  }),
  productPerParameter: () => ({
    en: 'the product ∏ μ takes μₜ once per parameter: the multiplication sits inside the loop over the parameters. It takes one μ per step: multiply once, before the loop, then use the same ∏ for every parameter.',
    ko: '누적 곱 ∏ μ에 파라미터마다 μₜ를 곱했습니다. 곱셈이 파라미터 반복문 안에 있습니다. 단계마다 μ 하나만 곱해야 합니다: 반복문 전에 한 번 곱하고, 모든 파라미터에 같은 ∏를 쓰세요.',
  }),
  noLookAhead: () => ({
    en: 'the first term of m̂ does not look ahead: it is μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ), the next step\'s μ and one factor more in the product; yours used μₜ and ∏ up to t.',
    ko: 'm̂의 첫 항이 앞을 내다보지 않습니다. 첫 항은 μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ)로, 다음 단계의 μ와 인수가 하나 더 있는 곱을 씁니다. 지금은 μₜ와 t까지의 곱을 썼습니다.',
  }),
  uOfG2: () => ({
    en: 'u averages g², like v: u is the average of the squared steps, u ← ρ·u + (1 − ρ)·Δ², with this step\'s Δ.',
    ko: 'u에 v처럼 g²의 평균을 넣었습니다. u는 이동량 제곱의 평균입니다: 이번 단계의 Δ로 u ← ρ·u + (1 − ρ)·Δ².',
  }),
  rhoDefault095: () => ({
    en: 'the default ρ looks like 0.95, the paper\'s and Keras\'s; PyTorch\'s Adadelta uses ρ = 0.9 by default.',
    ko: '기본 ρ가 논문과 Keras의 0.95로 보입니다. PyTorch의 Adadelta는 기본 ρ = 0.9를 씁니다.',
  }),
  secondTermM: () => ({
    en: 'the second term of m̂ took m where the fresh gradient belongs: m̂ = μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1 − μₜ)·g / (1 − ∏ᵢ₌₁ᵗ μᵢ), with g itself in the second term.',
    ko: 'm̂의 둘째 항에 새 기울기 대신 m을 넣었습니다. m̂ = μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1 − μₜ)·g / (1 − ∏ᵢ₌₁ᵗ μᵢ) 이고 둘째 항에는 g 자체가 들어갑니다.',
  }),
  constantMu: () => ({
    en: 'μ is β1 at every step (a simplified NAdam from other textbooks): PyTorch warms μ up with its schedule, μₜ = β1·(1 − ½·0.96^(t·ψ)), and divides by the running products of the μ\'s.',
    ko: '모든 단계에서 μ가 β1입니다 (다른 교재의 단순화한 NAdam). PyTorch는 μₜ = β1·(1 − ½·0.96^(t·ψ)) 일정으로 μ를 서서히 키우고, μ들의 누적 곱으로 나눕니다.',
  }),
  denominatorsSwapped: () => ({
    en: 'the two denominators of m̂ are swapped: the m term looks ahead and takes 1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ, the fresh-gradient term takes 1 − ∏ᵢ₌₁ᵗ μᵢ.',
    ko: 'm̂의 두 분모가 바뀌었습니다. 한 단계 앞을 보는 m 항이 1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ를, 새 기울기 항이 1 − ∏ᵢ₌₁ᵗ μᵢ를 씁니다.',
  }),
  psiPrecedence: () => ({
    en: '0.96 ** t * ψ is (0.96ᵗ)·ψ: ** binds tighter than *. The schedule is 0.96 ** (t * ψ), with the parentheses.',
    ko: '0.96 ** t * ψ는 (0.96ᵗ)·ψ입니다. **가 *보다 먼저 계산됩니다. 일정은 괄호를 넣은 0.96 ** (t * ψ) 입니다.',
  }),
  skipsZeroGradient: (o) => ({
    en: `a parameter whose gradient is exactly 0 was skipped: no step, and ${o.state?.en ?? 'its state'} not updated. PyTorch updates every parameter on every call; with g = 0 the averages still decay (and a remembered velocity or moment still moves the parameter).`,
    ko: `기울기가 정확히 0인 파라미터를 건너뛰었습니다. 이동하지 않고 ${o.state?.ko ?? '상태'}도 갱신하지 않았습니다. PyTorch는 호출마다 모든 파라미터를 갱신합니다. g = 0이어도 이동 평균은 줄어들고, 기억한 속도나 모멘트는 파라미터를 계속 움직입니다.`,
  }),
  mNotKept: () => ({
    en: 'm starts afresh on every call (m = (1 − β1)·g), while v and t are kept: m must build on its last value, m ← β1·m + (1 − β1)·g, with m kept in the instance between calls.',
    ko: '호출마다 m이 새로 시작합니다 (m = (1 − β1)·g). v와 t는 유지됩니다. m은 지난 값에서 이어 가야 합니다: m ← β1·m + (1 − β1)·g, 그리고 m은 호출 사이에 인스턴스에 보관합니다.',
  }),
  tNotKept: (o) =>
    // In Adam, a correction without its power (1 − β where 1 − βᵗ belongs) gives exactly these values too.
    o.name === 'Adam'
      ? {
          en: 'every step is bias-corrected as if it were the first, 1 − β1 and 1 − β2 where 1 − β1ᵗ and 1 − β2ᵗ belong: the first step is right, the later ones are not. Either the step counter stays at 1 (store the new count, this.t += 1, before using it), or the power ᵗ is missing from the corrections (Math.pow(β1, t)).',
          ko: '모든 단계가 첫 단계처럼 편향 보정됩니다: 1 − β1ᵗ, 1 − β2ᵗ 자리에 1 − β1, 1 − β2. 첫 단계는 맞지만 그 뒤는 틀립니다. 단계 수가 계속 1이거나 (새 단계 수를 저장한 뒤(this.t += 1) 쓰세요), 보정에서 거듭제곱 ᵗ이 빠졌습니다 (Math.pow(β1, t)).',
        }
      : {
          en: 'the step counter stays at 1: the first step is right, every later one is corrected as if it were the first. Store the new count, this.t += 1, before using it.',
          ko: '단계 수가 계속 1입니다. 첫 단계는 맞지만 그 뒤의 단계도 모두 첫 단계처럼 보정됩니다. 새 단계 수를 저장한 뒤(this.t += 1) 쓰세요.',
        },
  firstStepPlain: () => ({
    en: 'the first step has no look-ahead: it is θ − lr·g, but Nesterov\'s first step already looks ahead, b₁ = g₁ and θ ← θ − lr·(g₁ + μ·b₁) = θ − lr·(1 + μ)·g₁.',
    ko: '첫 단계에 미리 보기가 없습니다. θ − lr·g였지만 네스테로프는 첫 단계부터 앞을 봅니다: b₁ = g₁이고 θ ← θ − lr·(g₁ + μ·b₁) = θ − lr·(1 + μ)·g₁.',
  }),
  velocityNeverStored: () => ({
    en: 'the velocity is computed but never stored: every step uses μ·b₁ + g with the first velocity b₁. Write the new b back into the instance\'s field each step.',
    ko: '속도를 계산하지만 저장하지 않습니다. 매 단계가 첫 속도 b₁로 μ·b₁ + g를 씁니다. 단계마다 새 b를 인스턴스의 필드에 다시 저장하세요.',
  }),
  kerasDefaults: () => ({
    en: 'the defaults look like Keras\'s, lr 0.001 and α (Keras\'s rho) 0.9; PyTorch\'s RMSprop defaults to lr = 0.01 and α = 0.99.',
    ko: '기본값이 Keras의 것(lr 0.001, α(Keras의 rho) 0.9)으로 보입니다. PyTorch의 RMSprop 기본값은 lr = 0.01, α = 0.99입니다.',
  }),
  muProductNotKept: () => ({
    en: 'the running product of the μ\'s is not kept: ∏ μᵢ runs over every step so far (μ₁·μ₂·…·μₜ), so keep it in the instance and multiply in μₜ once per step.',
    ko: 'μ의 누적 곱이 유지되지 않습니다. ∏ μᵢ 는 지금까지의 모든 단계에 걸친 곱(μ₁·μ₂·…·μₜ)이므로 인스턴스에 두고 단계마다 μₜ를 한 번 곱하세요.',
  }),
};

/** Where a slip's own words say more than holds in a pair: with ρ swapped in u, u and v part, and only the old v is left. */
const inPair: Partial<Record<string, Partial<Record<OptimizerSlip, Bilingual>>>> = {
  'staleAverage+rhoSwappedInU': {
    staleAverage: {
      en: 'Δ was computed with v from before this step: first v ← ρ·v + (1 − ρ)·g², then Δ = √(u + ε) / √(v + ε) · g, and only then u.',
      ko: 'Δ를 이번 단계에서 갱신하기 전의 v로 계산했습니다. 먼저 v ← ρ·v + (1 − ρ)·g² 를 갱신하고, 그다음 Δ = √(u + ε) / √(v + ε) · g, 마지막에 u를 갱신하세요.',
    },
  },
};

/** A slip in words, or a pair ('a+b') as two slips, the first one first. */
function words(key: OptimizerMistake, o: OptimizerUnderTest): Bilingual {
  const [first, second] = key.split('+') as [OptimizerSlip, OptimizerSlip | undefined];
  if (second === undefined) return catalogue[first](o);
  const a = inPair[key]?.[first] ?? catalogue[first](o);
  const b = inPair[key]?.[second] ?? catalogue[second](o);
  return { en: `two slips. First, ${a.en} Second, ${b.en}`, ko: `실수가 두 가지입니다. 첫째, ${a.ko} 둘째, ${b.ko}` };
}

/**
 * The mistakes that the position after step `k` (1-based) of case `c` can give away. A match is
 * confirmed by one more step where the mistake's next position is known (`next`: the learner's
 * optimizer, one step on from the position it gave): a slip that only agrees at this step — two
 * formulas that coincide at step 1, say — is not named.
 */
export function mistakesAt(o: OptimizerUnderTest, c: OptimizerCase, k: number, expected: readonly number[], next: (from: readonly number[]) => unknown): Mistake[] {
  const known: Mistake[] = [];
  const nanCauses: Bilingual[] = [];
  const infinityCauses: Bilingual[] = [];
  for (const [key, values] of Object.entries(c.mistakes) as [OptimizerMistake, readonly (readonly number[] | null)[]][]) {
    const value = values[k - 1];
    const after = values[k];
    if (!value) continue;
    // Nothing but NaN: a symptom several slips share, not this one's name (below).
    if (value.every((x) => !Number.isFinite(x))) {
      (value.some((x) => x === Infinity || x === -Infinity) ? infinityCauses : nanCauses).push(words(key, o));
      continue;
    }
    // A position with a NaN in it cannot be stepped on from: its finite entries must tell.
    // A match at step 1, where two formulas often agree, must be confirmed by step 2; later steps by the next if it is known.
    // A next step where neither the slip nor the right optimizer moves (a zero gradient without momentum) confirms nothing.
    const rightMoves = !!c.path[k] && !samePosition(c.path[k], c.path[k - 1]!);
    const moves = !!after && (rightMoves || !samePosition(after, value));
    const confirmed = (r: unknown) => (!after && k > 1) || value.some((x) => !Number.isFinite(x)) || (moves && (() => {
      try {
        return samePosition(next(r as number[]), after);
      } catch {
        return false;
      }
    })());
    const twins = twinsOf(c, key, k);
    known.push({
      id: key,
      when: (r) => matchesModel(r, value, 1e-9) && !matchesModel(expected, value, 1e-9) && confirmed(r),
      ...(twins.length > 0 ? { also: () => decidedElsewhere(o, c, key, twins) } : {}),
      ...words(key, o),
    });
  }
  known.push(...defaultsMissing(o, c, k));
  // A parameter still exactly where it started while it should have moved: the loop never reached it (with any other slip).
  known.push({
    id: 'parameter-never-moved',
    symptom: true,
    when: (r) => Array.isArray(r) && r.length === c.start.length && c.start.some((x, i) => r[i] === x && expected[i] !== x),
    // Confirmed on a fresh instance with gradients all different and not 0: its first or last entry stays put.
    also: () => {
      try {
        const next = o.make(c.options).step([0, 0, 0], [1, 2, 3]);
        return Array.isArray(next) && (next[0] === 0 || next[2] === 0) && next[1] !== 0;
      } catch {
        return false;
      }
    },
    en: 'a parameter is still exactly at its start value where it should have moved: usually the loop over the parameters never reaches it (it starts at 1, or stops one early). Go over every parameter: for (let i = 0; i < params.length; i++).',
    ko: '움직여야 할 파라미터가 시작값 그대로입니다. 보통 파라미터를 도는 반복문이 거기에 닿지 않습니다 (1에서 시작하거나 하나 일찍 멈춥니다). 모든 파라미터를 도세요: for (let i = 0; i < params.length; i++).',
  });
  // Nothing but NaN or ±Infinity from finite parameters and gradients: a symptom, with the likely causes.
  known.push({
    id: 'not-a-number',
    symptom: true,
    when: (r) => Array.isArray(r) && r.length > 0 && r.every((x) => typeof x === 'number' && Number.isNaN(x)),
    en: `NaN: no finite number at all came back at this step, from finite parameters and gradients.${nanCauses.length > 0 ? ` A slip known to give it here: ${nanCauses.map((b) => b.en).join(' — Or: ')} — Otherwise, usually` : ' Usually'} something read was undefined: an option or a field under another name than it was stored by (this.lr vs this.learningRate), or an index outside the arrays; or a 0/0.`,
    ko: `NaN: 유한한 파라미터와 기울기에서 이 단계에 유한한 숫자가 하나도 나오지 않았습니다.${nanCauses.length > 0 ? ` 여기서 이 값을 주는 알려진 실수: ${nanCauses.map((b) => b.ko).join(' — 또는: ')} — 그 밖에는` : ''} 보통 읽은 값이 undefined였습니다: 저장한 것과 다른 이름으로 읽은 옵션이나 필드(this.lr과 this.learningRate), 또는 배열 밖의 인덱스. 아니면 0/0입니다.`,
  });
  known.push({
    id: 'infinite',
    symptom: true,
    when: (r) => Array.isArray(r) && r.length > 0 && r.every((x) => typeof x === 'number' && !Number.isFinite(x)) && r.some((x) => x === Infinity || x === -Infinity),
    en: `Infinity: no finite number came back at this step, from finite parameters and gradients: a division by 0.${infinityCauses.length > 0 ? ` A slip known to give it here: ${infinityCauses.map((b) => b.en).join(' — Or: ')} — Otherwise, look` : ' Look'} at each denominator at this step: a bias correction 1 − βᵗ or 1 − ∏ μ computed before t (or the product) was advanced, which is 0 at t = 0; or a root √v with its ε left out while v is still 0.`,
    ko: `Infinity: 유한한 파라미터와 기울기에서 이 단계에 유한한 숫자가 나오지 않았습니다. 0으로 나눈 것입니다.${infinityCauses.length > 0 ? ` 여기서 이 값을 주는 알려진 실수: ${infinityCauses.map((b) => b.ko).join(' — 또는: ')} — 그 밖에는` : ''} 이 단계의 분모를 하나씩 보세요: t(또는 곱)를 나아가게 하기 전에 계산한 편향 보정 1 − βᵗ나 1 − ∏ μ (t = 0이면 0), 또는 v가 아직 0인데 ε가 빠진 제곱근 √v.`,
  });
  return known;
}

/**
 * A NaN where the case leaves an option to its default: named only if a fresh optimizer given that default
 * spelled out walks this case right up to step k (an undefined option makes every number NaN).
 */
function defaultsMissing(o: OptimizerUnderTest, c: OptimizerCase, k: number): Mistake[] {
  const missing = Object.entries(optimizerDefaults[o.name.toLowerCase()] ?? {}).filter(([key]) => !(key in c.options));
  const rightWith = (extra: Record<string, number>) => {
    try {
      const optimizer = o.make({ ...c.options, ...extra });
      let theta: unknown = [...c.start];
      for (let i = 0; i < k; i++) theta = optimizer.step([...(theta as number[])], c.gradients === 'f' ? valley.gradient(theta as number[]) : [...c.gradients[i]!]);
      return samePosition(theta, c.path[k - 1]!);
    } catch {
      return false;
    }
  };
  const hasNaN = (r: unknown) => Array.isArray(r) && r.some((x) => Number.isNaN(x));
  const given = (pairs: [string, number][]) => pairs.map(([key, value]) => `${key}: ${value}`).join(', ');
  const all = missing.length > 1 ? [missing] : [];
  return [...missing.map((pair) => [pair]), ...all].map((pairs) => ({
    id: 'default-missing',
    when: (r: unknown) => hasNaN(r) && rightWith(Object.fromEntries(pairs)),
    en: `NaN where ${pairs.length > 1 ? 'the options are' : `${pairs[0]![0]} is`} left to ${pairs.length > 1 ? 'their defaults' : 'its default'}: the same steps with { ${given(pairs)} } given are right. An option nobody passed is undefined, and undefined in any sum makes NaN: give ${pairs.length > 1 ? 'each' : 'it'} its default where the constructor takes its options: { …, ${pairs.map(([key, value]) => `${key} = ${value}`).join(', ')} }.`,
    ko: `${pairs.length > 1 ? '옵션들을' : josa(pairs[0]![0], '을/를')} 기본값에 맡긴 곳에서 NaN이 나왔습니다. { ${given(pairs)} }를 직접 주면 같은 단계가 맞습니다. 아무도 넘기지 않은 옵션은 undefined이고, undefined가 계산에 들어가면 NaN이 됩니다. 생성자가 옵션을 받는 자리에서 기본값을 주세요: { …, ${pairs.map(([key, value]) => `${key} = ${value}`).join(', ')} }.`,
  }));
}

/** The other mistakes that give `key`'s positions from step `k` to the last known one: this case cannot tell them apart. */
function twinsOf(c: OptimizerCase, key: OptimizerMistake, k: number): OptimizerMistake[] {
  const mine = c.mistakes[key]!;
  return (Object.keys(c.mistakes) as OptimizerMistake[]).filter((other) => {
    const theirs = c.mistakes[other]!;
    return other !== key && mine.every((p, i) => i < k - 1 || (p === null ? theirs[i] === null : !!theirs[i] && samePosition(theirs[i], p)));
  });
}

/**
 * Twins told apart by another case of the same optimizer (a paused parameter tells a skipped zero gradient from
 * state not kept): a fresh optimizer run along it must give `key`'s position at the first step where the twins differ.
 */
function decidedElsewhere(o: OptimizerUnderTest, c: OptimizerCase, key: OptimizerMistake, twins: readonly OptimizerMistake[]): boolean {
  const cases: Record<string, OptimizerCase> = optimizerCases[o.name.toLowerCase() as keyof typeof optimizerCases] ?? {};
  for (const other of Object.values(cases)) {
    if (other === c) continue;
    // A slip absent from a case, or null at a step, walks the right path there (the generator keeps only what fails).
    const at = (m: OptimizerMistake, i: number) => other.mistakes[m]?.[i] ?? other.path[i];
    const steps = Math.max(0, ...Object.values(other.mistakes).map((v) => v?.length ?? 0));
    let j = -1;
    for (let i = 0; i < steps && j < 0; i++) {
      const mine = at(key, i);
      if (mine?.every(Number.isFinite) && twins.every((twin) => !samePosition(mine, at(twin, i)!))) j = i;
    }
    if (j < 0) continue;
    const optimizer = o.make(other.options);
    let theta = [...other.start];
    for (let i = 0; i <= j; i++) theta = optimizer.step([...theta], other.gradients === 'f' ? valley.gradient(theta) : [...other.gradients[i]!]);
    return samePosition(theta, at(key, j)!);
  }
  return false;
}

/** Entry by entry within 1e-9 of the position's own size (1e-12 near 0), a NaN where the mistake gives NaN. */
export function samePosition(yours: unknown, position: readonly number[]): boolean {
  return Array.isArray(yours) && yours.length === position.length && position.every((p, i) => {
    const y: unknown = yours[i];
    return typeof y === 'number' && (Number.isNaN(p) ? Number.isNaN(y) : Math.abs(y - p) <= Math.max(1e-9 * Math.abs(p), 1e-12));
  });
}
