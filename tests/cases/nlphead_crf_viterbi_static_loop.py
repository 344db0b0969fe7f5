# case: CRF tagging head with Viterbi decoding unrolled over the static sequence length and masked updates -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFDecoder(nn.Cell):
    def __init__(self, num_tags=4):
        super().__init__()
        self.num_tags = num_tags
        init = np.random.RandomState(0).uniform(-0.1, 0.1, (num_tags, num_tags)).astype(np.float32)
        self.transitions = Parameter(Tensor(init), name="transitions")
        self.start = Parameter(Tensor(np.zeros(num_tags, np.float32)), name="start")

    def construct(self, emissions, mask):
        # emissions: (B, T, K), mask: (B, T) bool
        seq_len = emissions.shape[1]
        score = self.start + emissions[:, 0]
        history = []
        for t in range(1, seq_len):
            cand = score.expand_dims(2) + self.transitions.expand_dims(0)   # (B, K, K)
            best, best_prev = cand.max(axis=1, return_indices=True)
            nxt = best + emissions[:, t]
            step = mask[:, t].expand_dims(1)
            score = ops.where(step, nxt, score)
            history.append(best_prev)
        last_tag = score.argmax(axis=-1)
        tags = [last_tag]
        for t in range(seq_len - 2, -1, -1):
            prev = ops.gather_elements(history[t], 1, tags[-1].expand_dims(1)).squeeze(1)
            keep = mask[:, t + 1]
            tags.append(ops.where(keep, prev, tags[-1]))
        tags.reverse()
        return ops.stack(tags, axis=1)


class CRFTaggingHead(nn.Cell):
    def __init__(self, hidden=8, num_tags=4):
        super().__init__()
        self.emit = nn.Dense(hidden, num_tags)
        self.crf = CRFDecoder(num_tags)

    def construct(self, hidden_states, mask):
        return self.crf(self.emit(hidden_states), mask)


def make():
    np.random.seed(26)
    hs = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.bool_))
    return CRFTaggingHead(), (hs, mask)
