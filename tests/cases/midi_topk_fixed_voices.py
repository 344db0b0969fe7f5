# case: keeps the top-4 most likely pitches per frame (fixed max polyphony) and zeroes those below threshold, scattering back into a dense roll -> constant k, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxPolyphonyDecoder(nn.Cell):
    def __init__(self, max_voices=4, threshold=0.5):
        super().__init__()
        self.max_voices = max_voices
        self.threshold = threshold

    def construct(self, frame_probs):
        # frame_probs: (frames, 88)
        values, idx = ops.topk(frame_probs, self.max_voices)
        keep = (values > self.threshold).astype(ms.float32)
        onehot = ops.one_hot(idx, frame_probs.shape[-1], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        roll = (onehot * keep.expand_dims(-1)).sum(axis=1)
        return ops.minimum(roll, 1.0)


def make():
    np.random.seed(44)
    probs = Tensor(np.random.rand(10, 88).astype(np.float32))
    return MaxPolyphonyDecoder(), (probs,)
