# case: multi-clip video classifier folds clips into the batch via .shape and averages with a float clip mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stem3D(nn.Cell):
    def __init__(self, cin=3, cout=16):
        super().__init__()
        self.conv = nn.Conv3d(cin, cout, kernel_size=(1, 3, 3), pad_mode="same")
        self.bn = nn.BatchNorm3d(cout)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class ClipAveragingHead(nn.Cell):
    def __init__(self, cin=3, dim=16, num_classes=6, average_logits=False):
        super().__init__()
        self.stem = Stem3D(cin, dim)
        self.fc = nn.Dense(dim, num_classes)
        self.average_logits = average_logits

    def construct(self, clips, clip_mask=None):
        b, n, c, t, h, w = clips.shape
        feats = self.stem(clips.reshape(b * n, c, t, h, w)).mean(axis=(2, 3, 4))
        logits = self.fc(feats).reshape(b, n, -1)
        scores = logits if self.average_logits else ops.softmax(logits, axis=-1)
        if clip_mask is None:
            return scores.mean(axis=1)
        weights = clip_mask.astype(scores.dtype).expand_dims(-1)
        return (scores * weights).sum(axis=1) / ops.maximum(weights.sum(axis=1), 1.0)


def make():
    np.random.seed(16)
    clips = Tensor(np.random.randn(2, 3, 3, 4, 8, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0], [1, 1, 1]], dtype=np.int32))
    net = ClipAveragingHead()
    net.set_train(False)
    return net, (clips, mask)
