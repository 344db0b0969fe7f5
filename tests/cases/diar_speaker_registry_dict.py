# case: builds a Python dict from speaker id (taken from a tensor element) to the running sum of that speaker's embeddings inside construct and returns the dict -> dict keyed by tensor values in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerRegistry(nn.Cell):
    def __init__(self, n_segments=6):
        super().__init__()
        self.n_segments = n_segments

    def construct(self, seg_emb, seg_labels):
        # seg_emb: (N, D), seg_labels: (N,) int32
        registry = {}
        for i in range(self.n_segments):
            spk = int(seg_labels[i])
            if spk in registry:
                registry[spk] = registry[spk] + seg_emb[i]
            else:
                registry[spk] = seg_emb[i]
        return registry


def make():
    np.random.seed(21)
    seg = Tensor(np.random.randn(6, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 2, 1, 0], dtype=np.int32))
    return SpeakerRegistry(), (seg, labels)
