# case: top-k frame pooling for weakly labelled event detection with k from a config ratio times the static frame count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKMeanPool(nn.Cell):
    def __init__(self, ratio=0.25, min_k=1):
        super().__init__()
        self.ratio = ratio
        self.min_k = min_k

    def construct(self, frame_logits):
        # frame_logits: (B, C, T)
        t = frame_logits.shape[-1]
        k = max(self.min_k, int(t * self.ratio))
        vals, _ = ops.topk(frame_logits, k)
        return vals.mean(axis=-1)


class WeakSED(nn.Cell):
    def __init__(self, n_mels=16, n_events=4, ratio=0.25):
        super().__init__()
        self.conv1 = nn.Conv1d(n_mels, 16, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv1d(16, n_events, 1, has_bias=True)
        self.pool = TopKMeanPool(ratio)

    def construct(self, mel):
        frame_logits = self.conv2(ops.relu(self.conv1(mel)))
        clip_logits = self.pool(frame_logits)
        return ops.sigmoid(clip_logits), ops.sigmoid(frame_logits)


def make():
    np.random.seed(32)
    mel = np.random.randn(2, 16, 24).astype(np.float32)
    return WeakSED(), (Tensor(mel),)
