# case: VectorNet polyline subgraph with masked max-pooling over padded vectors implemented by where with a large negative -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubGraphLayer(nn.Cell):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.LayerNorm((hidden,)), nn.ReLU()])

    def construct(self, x, mask):
        h = self.mlp(x)
        m = mask.expand_dims(-1)
        neg = ops.full_like(h, -1e4)
        pooled = ops.where(m, h, neg).max(axis=1, keepdims=True)
        pooled = pooled.broadcast_to(h.shape)
        return ops.concat([h, pooled], axis=-1)


class PolylineSubGraph(nn.Cell):
    def __init__(self, vec_dim=6, hidden=8, num_layers=2):
        super().__init__()
        layers = []
        dim = vec_dim
        for _ in range(num_layers):
            layers.append(SubGraphLayer(dim, hidden))
            dim = hidden * 2
        self.layers = nn.CellList(layers)

    def construct(self, vectors, mask):
        x = vectors
        for layer in self.layers:
            x = layer(x, mask)
        any_valid = mask.any(axis=1, keep_dims=True)
        out = ops.where(mask.expand_dims(-1), x, ops.full_like(x, -1e4)).max(axis=1)
        return out * any_valid.astype(out.dtype)


def make():
    np.random.seed(29)
    vec = Tensor(np.random.randn(4, 9, 6).astype(np.float32))
    mask = np.ones((4, 9), dtype=np.bool_)
    mask[1, 5:] = False
    mask[3, 2:] = False
    return PolylineSubGraph(), (vec, Tensor(mask))
