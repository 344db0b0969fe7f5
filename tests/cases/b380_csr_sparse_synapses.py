# case: sparsely connected spiking layer keeps its synapses as a CSR matrix built in construct and multiplies it with the presynaptic spikes -> sparse CSRTensor in graph, expect Graph mode to reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseLayerConfig:
    def __init__(self, n_pre=8, n_post=6, tau=2.0, v_threshold=0.5):
        self.n_pre = n_pre
        self.n_post = n_post
        self.tau = tau
        self.v_threshold = v_threshold


class SparseSynapseLIF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.n_post, config.n_pre)
        self.tau = config.tau
        self.v_threshold = config.v_threshold

    def synaptic_current(self, indptr, indices, weights, spikes):
        w = ms.CSRTensor(indptr, indices, weights, self.shape)
        return w.mv(spikes)

    def construct(self, spike_seq, indptr, indices, weights):
        v = ops.zeros((self.shape[0], 1), ms.float32)
        outs = []
        for t in range(spike_seq.shape[0]):
            i_syn = self.synaptic_current(indptr, indices, weights, spike_seq[t])
            v = v + (i_syn - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            outs.append(s)
        return ops.stack(outs)


def make():
    np.random.seed(3817)
    n_post, n_pre = 6, 8
    dense = (np.random.rand(n_post, n_pre) > 0.6) * np.random.rand(n_post, n_pre) * 2.0
    indptr = np.concatenate([[0], np.cumsum((dense != 0).sum(1))]).astype(np.int32)
    indices = np.nonzero(dense)[1].astype(np.int32)
    weights = dense[dense != 0].astype(np.float32)
    spike_seq = Tensor((np.random.rand(4, n_pre, 1) > 0.4).astype(np.float32))
    return SparseSynapseLIF(SparseLayerConfig()), (spike_seq, Tensor(indptr), Tensor(indices), Tensor(weights))
