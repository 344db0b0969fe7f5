# case: lighting desk tracks the current cue in an @ms.jit_class state object that construct creates and then mutates -> jit_class attribute mutated in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CueState:
    def __init__(self, cue_no, level):
        self.cue_no = cue_no
        self.level = level


class CueStepper(nn.Cell):
    def __init__(self, fade=0.8):
        super().__init__()
        self.fade = fade

    def construct(self, levels):
        state = CueState(0, levels[0])
        for i in range(1, 4):
            state.level = state.level * self.fade + levels[i]
            state.cue_no = i
        return state.level


def make():
    np.random.seed(101)
    lv = Tensor(np.random.rand(4, 10).astype(np.float32))
    return CueStepper(), (lv,)
