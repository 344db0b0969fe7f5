# case: ripening stage classifier wraps the texture branch in try/except and falls back to the chemistry features -> try statement in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RipeningClassifier(nn.Cell):
    def __init__(self, n_stages=5):
        super().__init__()
        self.texture = nn.Dense(6, 8)
        self.chem = nn.Dense(4, 8)
        self.head = nn.Dense(8, n_stages)

    def construct(self, texture_feats, chem_feats):
        try:
            h = ops.relu(self.texture(texture_feats)) + ops.relu(self.chem(chem_feats))
        except ValueError:
            h = ops.relu(self.chem(chem_feats))
        return ops.softmax(self.head(h), axis=-1)


def make():
    np.random.seed(3226)
    tex = np.random.rand(3, 6).astype(np.float32)
    chem = np.random.rand(3, 4).astype(np.float32)
    return RipeningClassifier(), (Tensor(tex), Tensor(chem))
