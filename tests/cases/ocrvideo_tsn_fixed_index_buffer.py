# case: TSN-style sampler gathers frames with an index tensor precomputed in __init__ from config and averages segment scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TSNHead(nn.Cell):
    def __init__(self, total_frames=16, num_segments=4, channels=3, num_classes=10, consensus="avg"):
        super().__init__()
        seg = total_frames // num_segments
        self.indices = Tensor(np.arange(num_segments, dtype=np.int32) * seg + seg // 2)
        self.num_segments = num_segments
        self.consensus = consensus
        self.backbone = nn.SequentialCell([nn.Conv2d(channels, 16, 3, pad_mode="same"), nn.ReLU(),
                                           nn.AdaptiveAvgPool2d(1), nn.Flatten()])
        self.fc = nn.Dense(16, num_classes)
        self.dropout = nn.Dropout(p=0.5)

    def _consensus(self, scores):
        if self.consensus == "avg":
            return scores.mean(axis=1)
        return scores.max(axis=1)

    def construct(self, video):
        b, t, c, h, w = video.shape
        frames = ops.gather(video, self.indices, 1)  # (B, S, C, H, W)
        frames = frames.reshape(b * self.num_segments, c, h, w)
        scores = self.fc(self.dropout(self.backbone(frames)))
        scores = scores.reshape(b, self.num_segments, -1)
        return self._consensus(scores)


def make():
    np.random.seed(14)
    video = Tensor(np.random.randn(2, 16, 3, 12, 12).astype(np.float32))
    net = TSNHead()
    net.set_train(False)
    return net, (video,)
