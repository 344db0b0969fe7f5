# case: build the memory bank from leading frames while their mask confidence stays above a threshold, appending keys/values to lists in a while loop with a tensor condition -> list length and memory size depend on data; expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BankConfig:
    def __init__(self, max_frames=4, conf_thresh=0.5, key_dim=8):
        self.max_frames = max_frames
        self.conf_thresh = conf_thresh
        self.key_dim = key_dim


class ConfidentMemoryBuilder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_frames = config.max_frames
        self.conf_thresh = config.conf_thresh
        self.scale = config.key_dim ** -0.5

    def construct(self, frame_keys, frame_vals, frame_conf, query_key):
        keys = [frame_keys[0]]
        vals = [frame_vals[0]]
        t = 1
        while t < self.max_frames and frame_conf[t] > self.conf_thresh:
            keys.append(frame_keys[t])
            vals.append(frame_vals[t])
            t += 1
        mem_key = ops.concat(keys, axis=-1)
        mem_val = ops.concat(vals, axis=-1)
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        return ops.bmm(mem_val, aff)


def make():
    np.random.seed(3879)
    fk = Tensor(np.random.randn(4, 1, 8, 16).astype(np.float32))
    fv = Tensor(np.random.randn(4, 1, 4, 16).astype(np.float32))
    conf = Tensor(np.array([1.0, 0.8, 0.3, 0.9], dtype=np.float32))
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    return ConfidentMemoryBuilder(BankConfig()), (fk, fv, conf, qk)
