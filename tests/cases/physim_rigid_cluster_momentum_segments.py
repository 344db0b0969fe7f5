# case: rigid-body clusters averaging particle velocities with segment sums sized by the max cluster id in the data -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterMomentum(nn.Cell):
    """Shape-matching style: particles in the same rigid cluster share their mean velocity."""

    def __init__(self, stiffness=0.8):
        super().__init__()
        self.stiffness = stiffness

    def cluster_means(self, values, weights, cluster_id, num_clusters):
        num = ops.unsorted_segment_sum(values * ops.expand_dims(weights, -1), cluster_id, num_clusters)
        den = ops.unsorted_segment_sum(weights, cluster_id, num_clusters)
        return num / ops.expand_dims(den + 1e-6, -1)

    def construct(self, vel, mass, cluster_id):
        num_clusters = int(cluster_id.max()) + 1
        mean_v = self.cluster_means(vel, mass, cluster_id, num_clusters)
        target = ops.gather(mean_v, cluster_id, 0)
        return vel + self.stiffness * (target - vel)


def make():
    np.random.seed(9)
    vel = Tensor(np.random.randn(15, 3).astype(np.float32))
    mass = Tensor(np.random.rand(15).astype(np.float32) + 0.1)
    cid = Tensor(np.random.randint(0, 4, size=15).astype(np.int32))
    return ClusterMomentum(), (vel, mass, cid)
