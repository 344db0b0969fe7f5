# case: deduplicate the ATC drug codes on a patient's medication list with ops.unique before counting interacting classes -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassCounter(nn.Cell):
    def __init__(self, n_classes=40, emb_dim=8):
        super().__init__()
        self.emb = nn.Embedding(n_classes, emb_dim)
        self.head = nn.Dense(emb_dim, 1)

    def construct(self, atc_codes):
        codes, _ = ops.unique(atc_codes)
        vecs = self.emb(codes)
        pooled = vecs.sum(axis=0, keepdims=True)
        risk = ops.sigmoid(self.head(pooled))
        return risk, codes.shape[0]


def make():
    np.random.seed(51)
    codes = Tensor(np.random.randint(0, 40, (15,)).astype(np.int32))
    return ClassCounter(), (codes,)
