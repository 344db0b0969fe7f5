# case: CRF Viterbi decode for entity tags whose backtrack converts the best tag to a Python int and appends to a list -> int() of a tensor value inside construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFDecoder(nn.Cell):
    def __init__(self, num_tags=5):
        super().__init__()
        self.num_tags = num_tags
        init = np.random.randn(num_tags, num_tags).astype(np.float32) * 0.1
        self.transitions = Parameter(Tensor(init), name="transitions")

    def construct(self, emissions):
        seq_len = emissions.shape[0]
        score = emissions[0]
        history = []
        for t in range(1, seq_len):
            total = score.expand_dims(1) + self.transitions + emissions[t].expand_dims(0)
            best_prev = total.argmax(axis=0)
            score = total.max(axis=0)
            history.append(best_prev)
        best_last = int(score.argmax())
        path = [best_last]
        for bp in reversed(history):
            best_last = int(bp[best_last])
            path.append(best_last)
        path.reverse()
        return Tensor(path, ms.int32)


def make():
    np.random.seed(5)
    em = np.random.randn(6, 5).astype(np.float32)
    return CRFDecoder(), (Tensor(em),)
