# case: fold (batch, people) into one axis for the body model and unfold afterwards using sizes from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyBodyModel(nn.Cell):
    def __init__(self, num_betas=8, num_verts=20):
        super().__init__()
        self.decoder = nn.Dense(num_betas, num_verts * 3)
        self.num_verts = num_verts

    def construct(self, betas):
        return self.decoder(betas).reshape(-1, self.num_verts, 3)


class CrowdBodyModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.body = TinyBodyModel()

    def construct(self, betas, transl):
        # betas: (B, P, K), transl: (B, P, 3)
        b, p, k = betas.shape
        verts = self.body(betas.reshape(b * p, k))
        verts = verts.reshape(b, p, verts.shape[1], 3)
        return verts + transl.expand_dims(2)


def make():
    np.random.seed(0)
    betas = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    transl = Tensor(np.random.randn(2, 3, 3).astype(np.float32))
    return CrowdBodyModel(), (betas, transl)
