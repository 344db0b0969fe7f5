# case: chord recognition with Viterbi smoothing whose backtracking pulls the back-pointers to numpy -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sticky_transition(n_states, self_prob=0.9):
    off = (1.0 - self_prob) / (n_states - 1)
    trans = np.full((n_states, n_states), off, dtype=np.float32)
    np.fill_diagonal(trans, self_prob)
    return np.log(trans)


class ChordViterbi(nn.Cell):
    def __init__(self, n_chords=25, self_prob=0.9):
        super().__init__()
        self.log_trans = Tensor(sticky_transition(n_chords, self_prob))
        self.n_chords = n_chords

    def forward_pass(self, log_probs):
        t = log_probs.shape[0]
        score = log_probs[0]
        pointers = []
        for i in range(1, t):
            cand = score.expand_dims(1) + self.log_trans
            pointers.append(ops.argmax(cand, dim=0))
            score = cand.max(axis=0) + log_probs[i]
        return score, ops.stack(pointers)

    def construct(self, logits):
        log_probs = ops.log_softmax(logits, axis=-1)
        score, back = self.forward_pass(log_probs)
        t = logits.shape[0]
        last = int(ops.argmax(score).asnumpy())
        path = [last]
        back_np = back.asnumpy()
        for i in range(t - 2, -1, -1):
            last = int(back_np[i, last])
            path.append(last)
        path.reverse()
        return Tensor(np.array(path, dtype=np.int32))


def make():
    np.random.seed(8)
    logits = Tensor(np.random.randn(12, 25).astype(np.float32))
    return ChordViterbi(), (logits,)
