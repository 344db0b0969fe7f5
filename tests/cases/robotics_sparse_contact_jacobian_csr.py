# case: contact force mapping through a sparse CSR contact Jacobian whose values come from the contact normals -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SparseContactTorque(nn.Cell):
    """tau = J_c^T f with a block-sparse contact Jacobian (one block per foot)."""

    def __init__(self, num_contacts=4, num_joints=12, joints_per_leg=3, friction=0.6):
        super().__init__()
        self.num_contacts = num_contacts
        self.num_joints = num_joints
        self.friction = friction
        indptr = np.arange(0, num_contacts * joints_per_leg + 1, joints_per_leg).astype(np.int32)
        indices = np.arange(num_contacts * joints_per_leg).astype(np.int32)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.force_net = nn.Dense(num_contacts * 3, num_contacts)

    def friction_cone(self, normal_force, tangential):
        limit = self.friction * ops.relu(normal_force)
        return ops.clamp(tangential, -limit, limit)

    def construct(self, jac_values, contact_state):
        jac = CSRTensor(self.indptr, self.indices, jac_values, (self.num_contacts, self.num_joints))
        fn = ops.relu(self.force_net(contact_state.reshape(1, -1))).reshape(-1, 1)
        ft = self.friction_cone(fn, contact_state[:, :1])
        f = fn + ft
        tau = ops.matmul(jac.to_dense().T, f)
        return tau.squeeze(-1)


def make():
    np.random.seed(38)
    vals = Tensor(np.random.randn(12).astype(np.float32))
    state = Tensor(np.random.randn(4, 3).astype(np.float32))
    return SparseContactTorque(), (vals, state)
