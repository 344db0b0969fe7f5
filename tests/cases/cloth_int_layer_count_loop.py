# case: per-layer refinement loop whose trip count comes from int() of a layer-count tensor -> int() of a tensor in graph, range from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerRefiner(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, feat):
        return feat + ops.relu(self.conv(feat))


class MultiLayerGarment(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.refine = LayerRefiner(channels)

    def construct(self, layers, n_layers):
        count = int(n_layers)
        acc = ops.zeros_like(layers[0])
        for i in range(count):
            acc = acc + self.refine(layers[i])
        return acc / count


def make():
    np.random.seed(4)
    layers = Tensor(np.random.rand(3, 1, 4, 8, 8).astype(np.float32))
    return MultiLayerGarment(), (layers, Tensor(3, ms.int32))
