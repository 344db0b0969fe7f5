# case: score blends of the first 1..N barrels over a fixed number of rounds, stacking each round's score -> loop over range of a Python int, fixed list length, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlendScorer(nn.Cell):
    def __init__(self, n_traits=6):
        super().__init__()
        self.fc = nn.Dense(n_traits, 1)

    def construct(self, profile):
        return self.fc(profile).squeeze(-1)


class RoundBlender(nn.Cell):
    def __init__(self, n_traits=6, n_rounds=5):
        super().__init__()
        self.scorer = BlendScorer(n_traits)
        self.n_rounds = n_rounds

    def construct(self, barrels):
        scores = []
        running = ops.zeros_like(barrels[0])
        for r in range(self.n_rounds):
            running = running + barrels[r]
            blend = running / (r + 1)
            scores.append(self.scorer(blend.expand_dims(0)))
        scores = ops.concat(scores)
        return scores, scores.argmax()


def make():
    np.random.seed(42)
    barrels = Tensor(np.random.rand(8, 6).astype(np.float32))
    return RoundBlender(), (barrels,)
