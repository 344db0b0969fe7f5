# case: classifier-free guidance denoising step doubling the batch with concat, splitting with chunk and mixing by a guidance scale; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_CLASSES = 5
NULL_CLASS = N_CLASSES


class CondDenoiser(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.label_emb = nn.Embedding(N_CLASSES + 1, ch)
        self.t_proj = nn.Dense(1, ch)
        self.c1 = nn.Conv2d(1, ch, 3, pad_mode="same")
        self.c2 = nn.Conv2d(ch, 1, 3, pad_mode="same")

    def construct(self, x, t, y):
        cond = self.label_emb(y) + self.t_proj(t.reshape(-1, 1))
        h = ops.silu(self.c1(x) + cond[:, :, None, None])
        return self.c2(h)


class GuidedStep(nn.Cell):
    def __init__(self, scale=3.0, alpha=0.98):
        super().__init__()
        self.model = CondDenoiser()
        self.scale = scale
        self.alpha = alpha

    def construct(self, x, t, y):
        b = x.shape[0]
        null = ops.fill(y.dtype, (b,), NULL_CLASS)
        xx = ops.concat((x, x), axis=0)
        tt = ops.concat((t, t), axis=0)
        yy = ops.concat((y, null), axis=0)
        eps_c, eps_u = ops.chunk(self.model(xx, tt, yy), 2, axis=0)
        eps = eps_u + self.scale * (eps_c - eps_u)
        return (x - (1 - self.alpha) ** 0.5 * eps) / self.alpha ** 0.5


def make():
    x = Tensor(np.random.randn(3, 1, 8, 8).astype(np.float32))
    t = Tensor(np.full((3,), 0.5, np.float32))
    y = Tensor(np.array([0, 3, 4], np.int32))
    return GuidedStep(), (x, t, y)
