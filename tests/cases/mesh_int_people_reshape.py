# case: reshape flat per-person SMPL parameter vector using int() of the people-count tensor -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParamUnpacker(nn.Cell):
    """Split a flat parameter vector (pose | betas | cam) for n people."""

    def __init__(self, n_pose=12, n_betas=4, n_cam=3):
        super().__init__()
        self.n_pose = n_pose
        self.n_betas = n_betas
        self.n_cam = n_cam
        self.per_person = n_pose + n_betas + n_cam

    def construct(self, flat_params, num_people):
        n = int(num_people)
        params = flat_params.reshape(n, self.per_person)
        pose = params[:, :self.n_pose]
        betas = params[:, self.n_pose:self.n_pose + self.n_betas]
        cam = params[:, self.n_pose + self.n_betas:]
        return pose, betas, cam


def make():
    np.random.seed(0)
    flat = Tensor(np.random.randn(3 * 19).astype(np.float32))
    return ParamUnpacker(), (flat, Tensor(3, ms.int32))
