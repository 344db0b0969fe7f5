# case: chord Viterbi decoding with tensor back-pointers and one-hot backtracking over a fixed number of frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViterbiDecoder(nn.Cell):
    def __init__(self, n_states=12, self_prob=0.8):
        super().__init__()
        trans = np.full((n_states, n_states), (1 - self_prob) / (n_states - 1), np.float32)
        np.fill_diagonal(trans, self_prob)
        self.log_trans = Tensor(np.log(trans))
        self.n_states = n_states

    def construct(self, emissions):
        # emissions: (frames, states) log-probabilities
        n_frames = emissions.shape[0]
        delta = emissions[0]
        psi = []
        for t in range(1, n_frames):
            scores = delta.expand_dims(-1) + self.log_trans
            psi.append(ops.argmax(scores, dim=0))
            delta = scores.max(axis=0) + emissions[t]
        state = ops.argmax(delta)
        path = [state]
        for t in range(n_frames - 2, -1, -1):
            onehot = ops.one_hot(state, self.n_states, Tensor(1, ms.int32), Tensor(0, ms.int32))
            state = (psi[t] * onehot).sum()
            path.append(state)
        return ops.stack(path[::-1])


class ChordRecognizer(nn.Cell):
    def __init__(self, n_chroma=12, n_chords=12):
        super().__init__()
        self.classifier = nn.Dense(n_chroma, n_chords)
        self.decoder = ViterbiDecoder(n_chords)

    def construct(self, chroma):
        log_probs = ops.log_softmax(self.classifier(chroma), axis=-1)
        return self.decoder(log_probs)


def make():
    np.random.seed(9)
    chroma = Tensor(np.random.rand(10, 12).astype(np.float32))
    return ChordRecognizer(), (chroma,)
