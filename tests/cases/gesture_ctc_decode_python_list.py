# case: CTC greedy decode that loops over frames, compares argmax labels and appends tokens to a Python list returned as a tensor -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListCTCDecoder(nn.Cell):
    def __init__(self, blank=0, max_frames=12):
        super().__init__()
        self.blank = blank
        self.max_frames = max_frames

    def construct(self, log_probs):
        best = ops.argmax(log_probs, dim=-1)
        tokens = []
        prev = -1
        for t in range(self.max_frames):
            label = best[t]
            if label != prev and label != self.blank:
                tokens.append(label)
            prev = label
        if len(tokens) == 0:
            return ops.zeros((1,), ms.int32)
        return ops.stack(tokens).astype(ms.int32)


def make():
    np.random.seed(8)
    lp = np.log(np.random.dirichlet(np.ones(5), size=12).astype(np.float32))
    return ListCTCDecoder(), (Tensor(lp),)
