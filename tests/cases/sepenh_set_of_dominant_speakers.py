# case: builds a Python set of the dominant speaker index per frame (argmax over speaker masks) and uses len(set) to normalize the output -> set of tensor values built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantSpeakerNorm(nn.Cell):
    def __init__(self, n_bins=16, num_spk=3):
        super().__init__()
        self.num_spk = num_spk
        self.mask_head = nn.Dense(n_bins, n_bins * num_spk)

    def construct(self, mix):
        # mix: (frames, bins)
        frames, bins = mix.shape
        logits = self.mask_head(mix).reshape(frames, self.num_spk, bins)
        masks = ops.softmax(logits, axis=1)
        dominant = ops.argmax(masks.mean(axis=2), dim=1)
        present = set()
        for t in range(frames):
            present.add(int(dominant[t]))
        sources = masks * mix.expand_dims(1)
        return sources / len(present)


def make():
    np.random.seed(20)
    mix = np.abs(np.random.randn(6, 16)).astype(np.float32)
    return DominantSpeakerNorm(), (Tensor(mix),)
