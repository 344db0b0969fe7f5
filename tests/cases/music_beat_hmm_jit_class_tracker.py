# case: beat tracker keeping HMM state in an @ms.jit_class object created in construct and mutated across frames -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BeatState:
    def __init__(self, n_states):
        self.log_alpha = ops.zeros(n_states, ms.float32)
        self.n_beats = Tensor(0, ms.int32)

    def step(self, log_trans, log_obs):
        scores = self.log_alpha.expand_dims(1) + log_trans
        self.log_alpha = ops.logsumexp(scores, 0) + log_obs
        best = ops.argmax(self.log_alpha)
        self.n_beats = self.n_beats + (best == 0).astype(ms.int32)


class BarPointerTracker(nn.Cell):
    def __init__(self, period=8):
        super().__init__()
        trans = np.full((period, period), 1e-4, np.float32)
        for i in range(period):
            trans[i, (i + 1) % period] = 1.0
        trans /= trans.sum(axis=1, keepdims=True)
        self.log_trans = Tensor(np.log(trans))
        self.period = period

    def observation(self, act):
        beat = ops.log(act + 1e-6)
        no_beat = ops.log(1.0 - act + 1e-6)
        obs = ops.tile(no_beat.reshape(1), (self.period,))
        return ops.concat([beat.reshape(1), obs[1:]], axis=0)

    def construct(self, activations):
        state = BeatState(self.period)
        n = activations.shape[0]
        for t in range(n):
            state.step(self.log_trans, self.observation(activations[t]))
        return state.n_beats, state.log_alpha


def make():
    np.random.seed(27)
    act = np.full(24, 0.05, np.float32)
    act[::8] = 0.9
    return BarPointerTracker(), (Tensor(act),)
