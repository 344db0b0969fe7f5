# case: face aligner solves the landmark-to-template similarity transform in closed form with tensor ops and refines it for a fixed number of Python-counted while iterations -> Python int loop and batched ops, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TEMPLATE_112 = np.array([[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366],
                         [41.5493, 92.3655], [70.7299, 92.2041]], dtype=np.float32)


def similarity_params(src, dst):
    mu_s, mu_d = src.mean(axis=1, keep_dims=True), dst.mean(axis=1, keep_dims=True)
    s, d = src - mu_s, dst - mu_d
    denom = (s * s).sum(axis=(1, 2)) + 1e-8
    a = (s * d).sum(axis=(1, 2)) / denom
    b = (s[..., 0] * d[..., 1] - s[..., 1] * d[..., 0]).sum(axis=1) / denom
    return a, b, mu_s, mu_d


class SimilarityAligner(nn.Cell):
    def __init__(self, num_refine=2):
        super().__init__()
        self.template = Tensor(TEMPLATE_112)
        self.num_refine = num_refine

    def _apply(self, pts, a, b, mu_s, mu_d):
        c = pts - mu_s
        x = a.reshape(-1, 1) * c[..., 0] - b.reshape(-1, 1) * c[..., 1]
        y = b.reshape(-1, 1) * c[..., 0] + a.reshape(-1, 1) * c[..., 1]
        return ops.stack((x, y), axis=-1) + mu_d

    def construct(self, landmarks):
        dst = ops.broadcast_to(self.template.reshape(1, 5, 2), landmarks.shape)
        pts = landmarks
        i = 0
        while i < self.num_refine:
            a, b, mu_s, mu_d = similarity_params(pts, dst)
            pts = self._apply(pts, a, b, mu_s, mu_d)
            i += 1
        return pts, ((pts - dst) ** 2).sum(axis=-1).sqrt().mean(axis=1)


def make():
    np.random.seed(37630)
    lm = TEMPLATE_112[None] * 0.8 + 30 + np.random.randn(3, 5, 2).astype(np.float32)
    return SimilarityAligner(), (Tensor(lm.astype(np.float32)),)
