# case: token classifier picks first-subword positions from offset mappings with nonzero and gathers them -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstSubwordTagger(nn.Cell):
    def __init__(self, hidden=8, num_tags=4, label_all_subwords=False):
        super().__init__()
        self.label_all_subwords = label_all_subwords
        self.head = nn.Dense(hidden, num_tags)

    def word_start_index(self, offsets):
        # offsets: (T, 2) char (start, end) per subword; (0, 0) for special tokens;
        # a subword starts a word when its start differs from the previous end
        prev_end = ops.concat((Tensor([-1], ms.int32), offsets[:-1, 1]))
        is_start = ops.logical_and(offsets[:, 0] != prev_end, offsets[:, 1] > 0)
        return ops.nonzero(is_start).squeeze(-1)

    def construct(self, hidden_states, offsets):
        logits = self.head(hidden_states)
        if self.label_all_subwords:
            return logits
        idx = self.word_start_index(offsets)
        return ops.gather(logits, idx, 0)


def make():
    np.random.seed(9)
    hs = Tensor(np.random.randn(8, 8).astype(np.float32))
    offsets = Tensor(np.array([[0, 0], [0, 3], [3, 6], [7, 9], [10, 12], [12, 15], [16, 18], [0, 0]],
                              dtype=np.int32))
    return FirstSubwordTagger(), (hs, offsets)
