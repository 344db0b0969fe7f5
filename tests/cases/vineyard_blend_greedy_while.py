# case: greedily add barrels to a blend while the blend score keeps improving, collecting chosen barrel profiles in a list grown inside a tensor-conditioned while loop -> loop count and list length from data, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlendScorer(nn.Cell):
    def __init__(self, n_traits=6):
        super().__init__()
        self.fc = nn.Dense(n_traits, 1)

    def construct(self, profile):
        return self.fc(profile).squeeze()


class GreedyBlender(nn.Cell):
    def __init__(self, n_traits=6):
        super().__init__()
        self.scorer = BlendScorer(n_traits)

    def construct(self, barrels):
        chosen = [barrels[0]]
        blend = barrels[0]
        best = self.scorer(blend.expand_dims(0))
        i = 1
        while i < barrels.shape[0]:
            cand = (blend * len(chosen) + barrels[i]) / (len(chosen) + 1)
            s = self.scorer(cand.expand_dims(0))
            if s <= best:
                break
            chosen.append(barrels[i])
            blend = cand
            best = s
            i += 1
        return ops.stack(chosen), best


def make():
    np.random.seed(41)
    barrels = Tensor(np.random.rand(8, 6).astype(np.float32))
    return GreedyBlender(), (barrels,)
