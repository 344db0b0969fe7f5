# case: data2vec teacher target averaging the instance-normalized outputs of the top-K blocks, K from the config, enumerating an nn.CellList -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Data2VecConfig:
    def __init__(self, dim=8, depth=4, average_top_k_layers=2, instance_norm_targets=True, layer_norm_targets=False):
        self.dim = dim
        self.depth = depth
        self.average_top_k_layers = average_top_k_layers
        self.instance_norm_targets = instance_norm_targets
        self.layer_norm_targets = layer_norm_targets


class Block(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        return x + ops.gelu(self.fc(self.norm(x)))


def instance_norm(x, eps=1e-5):
    mean = x.mean(axis=1, keep_dims=True)
    var = ((x - mean) ** 2).mean(axis=1, keep_dims=True)
    return (x - mean) / ops.sqrt(var + eps)


class Data2VecTeacher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([Block(config.dim) for _ in range(config.depth)])
        self.top_k = config.average_top_k_layers
        self.instance_norm_targets = config.instance_norm_targets
        self.layer_norm_targets = config.layer_norm_targets
        self.final_ln = nn.LayerNorm((config.dim,))

    def construct(self, x):
        layer_results = []
        for i, blk in enumerate(self.blocks):
            x = blk(x)
            if i >= len(self.blocks) - self.top_k:
                layer_results.append(x)
        if self.instance_norm_targets:
            layer_results = [instance_norm(t) for t in layer_results]
        y = sum(layer_results) / len(layer_results)
        if self.layer_norm_targets:
            y = self.final_ln(y)
        return ops.stop_gradient(y)


def make():
    np.random.seed(3694)
    cfg = Data2VecConfig()
    x = Tensor(np.random.randn(2, 5, cfg.dim).astype(np.float32))
    return Data2VecTeacher(cfg), (x,)
