# case: builds multi-scale temporal anchors with NumPy in __init__ and only uses the constant Tensor in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorGenerator(nn.Cell):
    def __init__(self, temporal_len=16, scales=(2, 4, 8)):
        super().__init__()
        centers = np.arange(temporal_len, dtype=np.float32) + 0.5
        anchors = []
        for s in scales:
            anchors.append(np.stack([centers - s / 2, centers + s / 2], axis=1))
        self.anchors = Tensor(np.clip(np.concatenate(anchors, axis=0), 0, temporal_len))
        self.num_anchors = len(scales) * temporal_len

    def construct(self, cls_logits):
        # cls_logits: (B, A)
        scores = ops.sigmoid(cls_logits)
        weighted = scores.expand_dims(-1) * self.anchors.expand_dims(0)
        return weighted.sum(axis=1) / scores.sum(axis=1, keepdims=True)


def make():
    np.random.seed(41)
    cls_logits = Tensor(np.random.randn(2, 48).astype(np.float32))
    return AnchorGenerator(), (cls_logits,)
