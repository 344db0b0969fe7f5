# case: test-time flip augmentation: run the model on the mirrored crop, swap left/right joint channels by a constant permutation, shift and average -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FLIP_PAIRS = ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16))


def flip_permutation(num_joints, pairs):
    perm = list(range(num_joints))
    for a, b in pairs:
        perm[a], perm[b] = b, a
    return perm


class FlipTestWrapper(nn.Cell):
    def __init__(self, model, num_joints=17, flip_pairs=FLIP_PAIRS, shift_heatmap=True):
        super().__init__()
        self.model = model
        self.perm = Tensor(np.array(flip_permutation(num_joints, flip_pairs), np.int32))
        self.shift_heatmap = shift_heatmap

    def construct(self, img):
        heat = self.model(img)
        heat_f = self.model(ops.flip(img, dims=(3,)))
        heat_f = ops.flip(heat_f, dims=(3,))
        heat_f = ops.gather(heat_f, self.perm, 1)
        if self.shift_heatmap:
            heat_f = ops.concat([heat_f[..., :1], heat_f[..., :-1]], axis=-1)
        return (heat + heat_f) * 0.5


def make():
    np.random.seed(34)
    model = nn.Conv2d(3, 17, 3, stride=4, pad_mode="same", has_bias=True)
    img = np.random.rand(1, 3, 64, 48).astype(np.float32)
    return FlipTestWrapper(model), (Tensor(img),)
