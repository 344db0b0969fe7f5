# case: speaker verification trial that converts the cosine score with float() and returns an accept/reject string with the score -> float() of a tensor and string output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerificationTrial(nn.Cell):
    def __init__(self, emb_dim=16, threshold=0.25):
        super().__init__()
        self.head = nn.Dense(emb_dim, emb_dim)
        self.threshold = threshold

    def _cosine(self, a, b):
        return (a * b).sum() / (ops.norm(a) * ops.norm(b) + 1e-8)

    def construct(self, enroll, test):
        e = self.head(enroll).mean(axis=0)
        t = self.head(test).mean(axis=0)
        score = float(self._cosine(e, t))
        if score > self.threshold:
            return "accept", score
        return "reject", score


def make():
    np.random.seed(13)
    enroll = Tensor(np.random.randn(5, 16).astype(np.float32))
    test = Tensor(np.random.randn(7, 16).astype(np.float32))
    return VerificationTrial(), (enroll, test)
