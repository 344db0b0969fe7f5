# case: multi-clip video classifier averages only the valid clips, slicing by a count read from the clip mask -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipEncoder(nn.Cell):
    def __init__(self, channels=3, dim=16):
        super().__init__()
        self.conv = nn.Conv3d(channels, dim, kernel_size=3, pad_mode="same")
        self.pool = ops.ReduceMean(keep_dims=False)

    def construct(self, clip):
        return self.pool(ops.relu(self.conv(clip)), (2, 3, 4))


class MultiClipClassifier(nn.Cell):
    def __init__(self, channels=3, dim=16, num_classes=5):
        super().__init__()
        self.encoder = ClipEncoder(channels, dim)
        self.cls = nn.Dense(dim, num_classes)

    def construct(self, clips, clip_mask):
        # clips: (N, C, T, H, W), sorted so that valid clips come first
        n_valid = clip_mask.sum()
        scores = ops.softmax(self.cls(self.encoder(clips)), axis=-1)
        if n_valid > 0:
            scores = scores[:n_valid]
        return scores.mean(axis=0)


def make():
    np.random.seed(15)
    clips = Tensor(np.random.randn(4, 3, 4, 8, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 0], dtype=np.int32))
    return MultiClipClassifier(), (clips, mask)
