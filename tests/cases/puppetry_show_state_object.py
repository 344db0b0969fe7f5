# case: track show progress in a plain Python ShowState object created and mutated inside construct -> plain class instance in construct, likely rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShowState:
    def __init__(self):
        self.scene = 0
        self.energy = None

    def advance(self, energy):
        self.scene += 1
        self.energy = energy


class CueSequencer(nn.Cell):
    def __init__(self, n_scenes=3):
        super().__init__()
        self.n_scenes = n_scenes
        self.decay = 0.9

    def construct(self, cue_levels):
        state = ShowState()
        level = cue_levels[0]
        for i in range(self.n_scenes):
            level = level * self.decay + cue_levels[i]
            state.advance(level)
        return state.energy


def make():
    np.random.seed(29)
    cues = np.random.rand(3, 10).astype(np.float32)
    return CueSequencer(), (Tensor(cues),)
