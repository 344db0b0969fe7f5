# case: road extraction head averages only the confident road pixels via masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoadSegHead(nn.Cell):
    def __init__(self, in_ch=8, threshold=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 1, kernel_size=3, pad_mode="same", has_bias=True)
        self.sigmoid = nn.Sigmoid()
        self.threshold = threshold

    def confident_road_score(self, prob):
        mask = prob > self.threshold
        road_vals = ops.masked_select(prob, mask)
        return road_vals.mean()

    def construct(self, tile_feats):
        logits = self.conv(tile_feats)
        prob = self.sigmoid(logits)
        score = self.confident_road_score(prob)
        return prob, score


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    return RoadSegHead(), (feats,)
