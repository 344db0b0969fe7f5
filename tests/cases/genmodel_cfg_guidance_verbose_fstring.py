# case: classifier-free guidance step logging guidance norm with an f-string print under a verbose flag on by default -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondDenoiser(nn.Cell):
    def __init__(self, dim=8, num_classes=5):
        super().__init__()
        self.embed = nn.Embedding(num_classes + 1, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, x, y):
        return self.proj(x + self.embed(y))


class GuidedStep(nn.Cell):
    def __init__(self, denoiser, guidance_scale=4.0, null_label=5, verbose=True):
        super().__init__()
        self.denoiser = denoiser
        self.guidance_scale = guidance_scale
        self.null_label = null_label
        self.verbose = verbose

    def construct(self, x, y):
        null = ops.fill(ms.int32, y.shape, self.null_label)
        eps_c = self.denoiser(x, y)
        eps_u = self.denoiser(x, null)
        delta = eps_c - eps_u
        if self.verbose:
            print(f"cfg delta norm={ops.norm(delta).asnumpy():.4f}")
        return eps_u + self.guidance_scale * delta


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    y = Tensor(np.array([0, 2, 4], dtype=np.int32))
    return GuidedStep(CondDenoiser()), (x, y)
