# case: face aligner estimates the landmark-to-template similarity transform with NumPy SVD (Umeyama) on .asnumpy() landmarks inside construct, then warps landmarks -> NumPy on tensors in construct, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REFERENCE_112 = np.array([[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366],
                          [41.5493, 92.3655], [70.7299, 92.2041]], dtype=np.float32)


def umeyama(src, dst):
    mu_s, mu_d = src.mean(0), dst.mean(0)
    s_c, d_c = src - mu_s, dst - mu_d
    u, sig, vt = np.linalg.svd(d_c.T @ s_c / src.shape[0])
    r = u @ vt
    scale = sig.sum() / s_c.var(0).sum()
    t = mu_d - scale * r @ mu_s
    return np.concatenate([scale * r, t[:, None]], axis=1).astype(np.float32)


class LandmarkAligner(nn.Cell):
    def __init__(self, template=None):
        super().__init__()
        self.template = REFERENCE_112 if template is None else template

    def _estimate(self, landmarks):
        mats = [umeyama(lm, self.template) for lm in landmarks.asnumpy()]
        return Tensor(np.stack(mats))

    def construct(self, landmarks):
        m = self._estimate(landmarks)
        ones = ops.ones((landmarks.shape[0], landmarks.shape[1], 1), ms.float32)
        homo = ops.concat((landmarks, ones), axis=2)
        return ops.bmm(homo, m.transpose(0, 2, 1))


def make():
    np.random.seed(37619)
    lm = REFERENCE_112[None] * 1.3 + 15 + np.random.randn(3, 5, 2).astype(np.float32)
    return LandmarkAligner(), (Tensor(lm.astype(np.float32)),)
