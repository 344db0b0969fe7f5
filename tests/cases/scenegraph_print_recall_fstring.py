# case: relation head prints an f-string with the number of foreground relations and mean score during construct -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerbosePredicateHead(nn.Cell):
    def __init__(self, in_dim=20, num_predicates=7, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_predicates)
        self.verbose = verbose

    def construct(self, pair_feats):
        probs = ops.softmax(self.fc(pair_feats), axis=-1)
        fg_prob = 1.0 - probs[:, 0]
        if self.verbose:
            num_fg = (fg_prob > 0.5).sum()
            print(f"fg relations: {num_fg}, mean fg prob: {fg_prob.mean()}")
        return probs


def make():
    np.random.seed(10)
    feats = Tensor(np.random.randn(9, 20).astype(np.float32))
    return VerbosePredicateHead(), (feats,)
