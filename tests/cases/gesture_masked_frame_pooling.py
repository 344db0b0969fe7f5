# case: builds a fixed-size validity mask from arange < length and multiplies it in to average frames -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedGesturePool(nn.Cell):
    def __init__(self, max_frames=16, feat_dim=63, num_classes=12):
        super().__init__()
        self.max_frames = max_frames
        self.classifier = nn.Dense(feat_dim, num_classes)

    def length_mask(self, lengths):
        steps = ops.arange(0, self.max_frames, dtype=ms.int32)
        mask = steps.reshape(1, -1) < lengths.reshape(-1, 1)
        return mask.astype(ms.float32)

    def construct(self, keypoints, lengths):
        b, t = keypoints.shape[0], keypoints.shape[1]
        flat = keypoints.reshape(b, t, -1)
        mask = self.length_mask(lengths)
        summed = (flat * mask.expand_dims(-1)).sum(axis=1)
        denom = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        return self.classifier(summed / denom)


def make():
    np.random.seed(1)
    kp = Tensor(np.random.randn(4, 16, 21, 3).astype(np.float32))
    lengths = Tensor(np.array([16, 9, 12, 5], dtype=np.int32))
    return MaskedGesturePool(), (kp, lengths)
