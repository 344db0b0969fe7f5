# case: stratigraphic column selects layer embeddings whose charcoal density exceeds a cutoff via argwhere indices then gather -> dynamic shape from argwhere feeding gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharcoalLayerSelector(nn.Cell):
    def __init__(self, cutoff=0.6, emb_dim=8):
        super().__init__()
        self.cutoff = cutoff
        self.embed = nn.Dense(3, emb_dim)

    def construct(self, layer_props, charcoal):
        emb = self.embed(layer_props)
        idx = ops.argwhere(charcoal > self.cutoff).reshape(-1)
        chosen = ops.gather(emb, idx, 0)
        return chosen.mean(axis=0)


def make():
    np.random.seed(20)
    props = Tensor(np.random.rand(12, 3).astype(np.float32))
    ch = np.random.rand(12).astype(np.float32)
    ch[3] = 0.9
    return CharcoalLayerSelector(), (props, Tensor(ch))
