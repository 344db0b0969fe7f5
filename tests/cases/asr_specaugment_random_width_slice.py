# case: SpecAugment time masking whose mask width is drawn as a tensor and used to slice -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugmentTime(nn.Cell):
    def __init__(self, max_time_width=6, num_masks=1, mask_value=0.0):
        super().__init__()
        self.max_time_width = max_time_width
        self.num_masks = num_masks
        self.mask_value = mask_value

    def _sample(self, num_frames):
        width = ops.randint(1, self.max_time_width + 1, (1,), seed=3)
        start = ops.randint(0, num_frames - self.max_time_width, (1,), seed=4)
        return start, width

    def construct(self, feats):
        # feats: (T, F) log-mel spectrogram
        num_frames = feats.shape[0]
        out = feats
        for _ in range(self.num_masks):
            start, width = self._sample(num_frames)
            head = out[:start[0]]
            middle = ops.full_like(out[start[0]:start[0] + width[0]], self.mask_value)
            tail = out[start[0] + width[0]:]
            out = ops.concat((head, middle, tail), axis=0)
        return out


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(40, 16).astype(np.float32))
    return SpecAugmentTime(), (feats,)
