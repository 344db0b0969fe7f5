# case: Diffusion Policy observation history padded before the last episode start: cumsum of start flags marks frames of the current episode, ops.where copies the first valid frame into earlier slots -> all shapes fixed, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DPConfig:
    def __init__(self, n_obs_steps=4, state_dim=10, pad_mode="repeat_first"):
        self.n_obs_steps = n_obs_steps
        self.state_dim = state_dim
        self.pad_mode = pad_mode


class ObsHistoryPadder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_obs_steps = config.n_obs_steps
        self.pad_mode = getattr(config, "pad_mode", "zeros")

    def _current_episode_mask(self, start_flags):
        cs = ops.cumsum(start_flags.astype(ms.int32), axis=1)
        return cs == cs[:, -1:]

    def construct(self, obs, start_flags):
        # obs: (B, T, D); start_flags: (B, T) with True at the frame an episode begins
        valid = self._current_episode_mask(start_flags)
        if self.pad_mode == "repeat_first":
            first_idx = ops.argmax(valid.astype(ms.int32), dim=1)
            first = ops.gather_elements(obs, 1, first_idx.view(-1, 1, 1).broadcast_to((obs.shape[0], 1, obs.shape[2])))
            fill = first.broadcast_to(obs.shape)
        else:
            fill = ops.zeros_like(obs)
        padded = ops.where(valid.expand_dims(-1), obs, fill)
        return padded, valid


def make():
    np.random.seed(5)
    cfg = DPConfig()
    obs = Tensor(np.random.randn(3, cfg.n_obs_steps, cfg.state_dim).astype(np.float32))
    flags = np.zeros((3, cfg.n_obs_steps), dtype=np.bool_)
    flags[0, 0] = True
    flags[1, 2] = True
    flags[2, 3] = True
    return ObsHistoryPadder(cfg), (obs, Tensor(flags))
