# case: soft selection among garment layers with per-pixel softmax weights and a -inf style penalty on empty layers -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftLayerSelect(nn.Cell):
    def __init__(self, num_layers=3, feat=4, temperature=0.5):
        super().__init__()
        self.score = nn.Conv2d(feat, 1, 1)
        self.num_layers = num_layers
        self.temperature = temperature

    def construct(self, layer_feats, layer_rgb, layer_present):
        # layer_feats: (L, N, C, H, W), layer_rgb: (L, N, 3, H, W), layer_present: (L,)
        scores = []
        for i in range(self.num_layers):
            s = self.score(layer_feats[i]) / self.temperature
            scores.append(s + (layer_present[i] - 1.0) * 1e4)
        w = ops.softmax(ops.stack(scores), axis=0)
        return (w * layer_rgb).sum(axis=0)


def make():
    np.random.seed(43)
    feats = Tensor(np.random.rand(3, 1, 4, 8, 8).astype(np.float32))
    rgb = Tensor(np.random.rand(3, 1, 3, 8, 8).astype(np.float32))
    present = Tensor(np.array([1, 1, 0], np.float32))
    return SoftLayerSelect(), (feats, rgb, present)
