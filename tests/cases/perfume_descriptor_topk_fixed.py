# case: odour descriptor head returns the 5 strongest descriptors per molecule, k from the model config -> constant k, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DESCRIPTORS = ("floral", "woody", "citrus", "musky", "green", "fruity", "spicy", "amber")


class DescriptorTopK(nn.Cell):
    def __init__(self, n_bits=512, hidden=96, top_k=5):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Dense(n_bits, hidden), nn.ReLU(),
            nn.Dense(hidden, hidden), nn.ReLU(),
            nn.Dense(hidden, len(DESCRIPTORS)),
        ])
        self.top_k = top_k

    def construct(self, fp):
        probs = ops.sigmoid(self.net(fp))
        k = min(self.top_k, probs.shape[-1])
        scores, idx = ops.topk(probs, k)
        return scores, idx


def make():
    np.random.seed(12)
    fp = Tensor((np.random.rand(6, 512) > 0.85).astype(np.float32))
    return DescriptorTopK(), (fp,)
