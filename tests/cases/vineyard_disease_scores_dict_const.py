# case: return a dict of per-disease leaf severity scores keyed by constant disease names from construct -> dict with constant keys, Graph mode supports it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeverityHead(nn.Cell):
    def __init__(self, n_feat=16):
        super().__init__()
        self.fc = nn.Dense(n_feat, 4)

    def construct(self, leaf_feats):
        probs = ops.softmax(self.fc(leaf_feats), axis=-1).mean(axis=0)
        return {"healthy": probs[0], "downy_mildew": probs[1],
                "powdery_mildew": probs[2], "black_rot": probs[3]}


def make():
    np.random.seed(182)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return SeverityHead(), (feats,)
