# case: CRF Viterbi decoding where forward and backtrack loops run over the static sequence length and backtrack uses gather on tensors -> constant loops, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ViterbiCRF(nn.Cell):
    def __init__(self, num_tags=5):
        super().__init__()
        trans = np.random.randn(num_tags, num_tags).astype(np.float32) * 0.1
        self.transitions = Parameter(Tensor(trans), name="transitions")
        self.start = Parameter(Tensor(np.zeros(num_tags, np.float32)), name="start")

    def construct(self, emissions):
        seq_len = emissions.shape[0]
        score = self.start + emissions[0]
        backpointers = []
        for t in range(1, seq_len):
            total = score.expand_dims(1) + self.transitions + emissions[t].expand_dims(0)
            backpointers.append(total.argmax(axis=0).astype(ms.int32))
            score = total.max(axis=0)
        best = score.argmax().astype(ms.int32).reshape(1)
        path = [best]
        for t in range(seq_len - 2, -1, -1):
            best = ops.gather(backpointers[t], best, 0)
            path.append(best)
        return ops.concat(path[::-1]), score.max()


def make():
    np.random.seed(33)
    em = np.random.randn(7, 5).astype(np.float32)
    return ViterbiCRF(), (Tensor(em),)
