# case: Mahalanobis gating inverts innovation covariance inside try/except with a pinv-style fallback -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MahalanobisGate(nn.Cell):
    def __init__(self, chi2_thresh=9.4877, jitter=1e-4):
        super().__init__()
        self.chi2_thresh = chi2_thresh
        self.jitter = jitter

    def projected(self, mean, cov):
        return mean[:, :4], cov[:, :4, :4]

    def safe_inverse(self, S):
        eye = ops.eye(S.shape[-1], S.shape[-1], S.dtype)
        try:
            return ops.inverse(S)
        except RuntimeError:
            return ops.inverse(S + eye * self.jitter)

    def construct(self, mean, cov, dets):
        m, S = self.projected(mean, cov)
        S_inv = self.safe_inverse(S)
        d = dets[None, :, :] - m[:, None, :]
        md = (ops.matmul(d, S_inv) * d).sum(-1)
        return md, md < self.chi2_thresh


def make():
    np.random.seed(29)
    mean = Tensor(np.random.rand(3, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32), (3, 1, 1)))
    dets = Tensor(np.random.rand(5, 4).astype(np.float32))
    return MahalanobisGate(), (mean, cov, dets)
