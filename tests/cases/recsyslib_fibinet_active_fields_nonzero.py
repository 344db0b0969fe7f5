# case: FiBiNET-style bilinear interaction first gathers the fields that are switched on in a per-batch field mask via ops.nonzero -> number of fields from data, Graph mode goes dynamic or rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


class BilinearConfig:
    num_fields = 5
    embed_dim = 8
    bilinear_type = "all"
    skip_inactive_fields = True


class BilinearInteraction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bilinear_type = config.bilinear_type
        self.skip_inactive_fields = getattr(config, "skip_inactive_fields", False)
        self._init_weights(config.embed_dim)

    def _init_weights(self, dim):
        self.W = Parameter(initializer(XavierUniform(), (dim, dim), ms.float32), name="bilinear_w")

    def _select_fields(self, emb, field_mask):
        active = ops.nonzero(field_mask).reshape(-1)
        return ops.gather(emb, active, 1)

    def construct(self, emb, field_mask):
        if self.skip_inactive_fields:
            emb = self._select_fields(emb, field_mask)
        vw = ops.matmul(emb, self.W)
        scores = ops.bmm(vw, emb.transpose(0, 2, 1))
        return scores.sum(axis=(1, 2))


def make():
    np.random.seed(3910)
    emb = Tensor(np.random.randn(4, 5, 8).astype(np.float32))
    field_mask = Tensor(np.array([1, 0, 1, 1, 0]), ms.int32)
    return BilinearInteraction(BilinearConfig()), (emb, field_mask)
