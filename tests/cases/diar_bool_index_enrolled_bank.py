# case: keeps only enrolled speakers flagged active by boolean-mask indexing of the enrollment bank before cosine scoring -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveSpeakerScorer(nn.Cell):
    def __init__(self, scale=10.0):
        super().__init__()
        self.scale = scale

    def construct(self, test_emb, bank, active):
        # test_emb: (D,), bank: (S, D), active: (S,) bool
        enrolled = bank[active]
        enrolled = enrolled / ops.norm(enrolled, dim=-1, keepdim=True)
        q = test_emb / ops.norm(test_emb)
        scores = ops.matmul(enrolled, q) * self.scale
        return ops.softmax(scores, axis=0)


def make():
    np.random.seed(17)
    test = Tensor(np.random.randn(16).astype(np.float32))
    bank = Tensor(np.random.randn(6, 16).astype(np.float32))
    active = Tensor(np.array([True, False, True, True, False, True]))
    return ActiveSpeakerScorer(), (test, bank, active)
