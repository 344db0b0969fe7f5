# case: show controller builds a plain Python CueState object inside construct to carry the current scene and fade level -> creating a plain Python class instance in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueState:
    def __init__(self, scene, level):
        self.scene = scene
        self.level = level

    def blended(self, frame):
        return frame * self.level


class ShowController(nn.Cell):
    def __init__(self, n_scenes=5):
        super().__init__()
        self.n_scenes = n_scenes

    def construct(self, scene_weights, frame):
        scene = ops.argmax(scene_weights)
        level = ops.reduce_max(ops.softmax(scene_weights))
        state = CueState(scene, level)
        out = state.blended(frame)
        return out, state.scene


def make():
    np.random.seed(336)
    w = Tensor(np.random.randn(5).astype(np.float32))
    frame = Tensor(np.random.rand(16, 16).astype(np.float32))
    return ShowController(), (w, frame)
