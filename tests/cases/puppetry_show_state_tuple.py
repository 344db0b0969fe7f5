# case: track show progress as a (scene, energy) tuple threaded through a helper method -> tuples and python ints only, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TupleCueSequencer(nn.Cell):
    def __init__(self, n_scenes=3, decay=0.9):
        super().__init__()
        self.n_scenes = n_scenes
        self.decay = decay

    def advance(self, state, cue):
        scene, energy = state
        return scene + 1, energy * self.decay + cue

    def construct(self, cue_levels):
        state = (0, cue_levels[0])
        for i in range(self.n_scenes):
            state = self.advance(state, cue_levels[i])
        scene, energy = state
        return energy * scene


def make():
    np.random.seed(30)
    cues = np.random.rand(3, 10).astype(np.float32)
    return TupleCueSequencer(), (Tensor(cues),)
