# case: multi-valued categorical column given as padded id lists, encoded by one_hot summed over the bag axis with the padding removed by mask multiplication -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = -1


class BagConfig:
    def __init__(self, n_levels=12, d_embed=4, combiner="mean"):
        self.n_levels = n_levels
        self.d_embed = d_embed
        self.combiner = combiner


class MultiHotBagEmbedding(nn.Dense):
    """A bag-of-categories embedding is a Dense layer applied to the multi-hot vector."""

    def __init__(self, config):
        super().__init__(config.n_levels, config.d_embed, has_bias=False)
        self.n_levels = config.n_levels
        self.combiner = config.combiner

    def _multi_hot(self, ids):
        valid = (ids != PAD_ID).astype(ms.float32)
        safe = ops.where(ids == PAD_ID, ops.zeros_like(ids), ids)
        oh = ops.one_hot(safe, self.n_levels, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (oh * valid[..., None]).sum(1), valid.sum(1, keepdims=True)

    def construct(self, ids):
        multi_hot, counts = self._multi_hot(ids)
        out = super().construct(multi_hot)
        if self.combiner == "mean":
            out = out / ops.maximum(counts, 1.0)
        return out


def make():
    np.random.seed(33)
    ids = np.random.randint(0, 12, size=(5, 4)).astype(np.int32)
    ids[np.random.rand(5, 4) < 0.3] = PAD_ID
    return MultiHotBagEmbedding(BagConfig()), (Tensor(ids),)
